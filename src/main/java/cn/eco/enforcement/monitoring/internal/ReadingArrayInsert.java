package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.eco.enforcement.monitoring.Reading;

/**
 * Writes a group of readings to PostgreSQL as one statement: each column goes as one array
 * parameter, {@code unnest} turns them back into rows, and {@code RETURNING} names the rows that
 * were new. One statement instead of a batch of row inserts spares the server an executor start per
 * row and the driver a binary numeric conversion per value, and it still tells duplicates apart
 * exactly, which a rewritten batch cannot. A row the device sends for an hour (day) the platform had
 * derived from its minute data replaces the derived row and counts as new: what the logger sent is
 * kept, the platform's estimate is not; a row the device itself sent before is never overwritten. Of
 * equal rows in one group only the first is offered ({@code DISTINCT ON}), since an update may touch
 * a row once per statement.
 */
final class ReadingArrayInsert {

	static final String SQL = """
			INSERT INTO reading (mn, period, data_time, factor_code, rtd, avg_value, min_value, max_value, zs_avg, cou,
			                     data_flag, received_at)
			SELECT DISTINCT ON (mn, data_time, period, factor_code)
			       mn, period, data_time, factor_code, rtd, avg_value, min_value, max_value, zs_avg, cou, data_flag, ?
			FROM unnest(?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[], ?::numeric[], ?::numeric[],
			            ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::varchar[]) WITH ORDINALITY
			     AS incoming (mn, period, data_time, factor_code, rtd, avg_value, min_value, max_value, zs_avg, cou,
			                  data_flag, position)
			ORDER BY mn, data_time, period, factor_code, position
			ON CONFLICT (mn, data_time, period, factor_code) DO UPDATE
			    SET rtd = EXCLUDED.rtd, avg_value = EXCLUDED.avg_value, min_value = EXCLUDED.min_value,
			        max_value = EXCLUDED.max_value, zs_avg = EXCLUDED.zs_avg, cou = EXCLUDED.cou,
			        data_flag = EXCLUDED.data_flag, received_at = EXCLUDED.received_at, derived = FALSE
			    WHERE reading.derived
			RETURNING mn, data_time, period, factor_code""";

	private ReadingArrayInsert() {
	}

	/** Stores the rows; tells for each whether it was new (of equal rows in one group, the first). */
	static boolean[] store(Connection connection, List<Readings.Row> rows, OffsetDateTime receivedAt)
			throws SQLException {
		List<Key> inserted = new ArrayList<>(rows.size());
		try (PreparedStatement insert = connection.prepareStatement(SQL)) {
			insert.setTimestamp(1, Timestamp.from(receivedAt.toInstant()));
			insert.setArray(2, column(connection, rows, Readings.Row::mn));
			insert.setArray(3, column(connection, rows, row -> row.reading().period().name()));
			insert.setArray(4, times(connection, rows));
			insert.setArray(5, column(connection, rows, row -> row.reading().factorCode()));
			insert.setArray(6, numbers(connection, rows, Reading::rtd));
			insert.setArray(7, numbers(connection, rows, Reading::avg));
			insert.setArray(8, numbers(connection, rows, Reading::min));
			insert.setArray(9, numbers(connection, rows, Reading::max));
			insert.setArray(10, numbers(connection, rows, Reading::zsAvg));
			insert.setArray(11, numbers(connection, rows, Reading::cou));
			insert.setArray(12, column(connection, rows, row -> row.reading().flag()));
			try (ResultSet result = insert.executeQuery()) {
				while (result.next()) {
					inserted.add(new Key(result.getString(1), result.getObject(2, OffsetDateTime.class).toInstant(),
							result.getString(3), result.getString(4)));
				}
			}
		}
		return isNew(rows, inserted);
	}

	private static boolean[] isNew(List<Readings.Row> rows, List<Key> inserted) {
		boolean[] isNew = new boolean[rows.size()];
		if (inserted.size() == rows.size()) {
			// Every row was inserted: the usual case needs no matching.
			Arrays.fill(isNew, true);
			return isNew;
		}
		Map<Key, Integer> firstIndex = new HashMap<>(rows.size() * 2);
		for (int i = rows.size() - 1; i >= 0; i--) {
			firstIndex.put(Key.of(rows.get(i)), i);
		}
		inserted.forEach(key -> {
			Integer index = firstIndex.get(key);
			if (index != null) {
				isNew[index] = true;
			}
		});
		return isNew;
	}

	private static Array column(Connection connection, List<Readings.Row> rows, Function<Readings.Row, String> value)
			throws SQLException {
		String[] values = new String[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value.apply(rows.get(i));
		}
		return connection.createArrayOf("text", values);
	}

	/** The readings of a packet share their time: it is formatted once. */
	private static Array times(Connection connection, List<Readings.Row> rows) throws SQLException {
		String[] values = new String[rows.size()];
		Instant last = null;
		for (int i = 0; i < values.length; i++) {
			Instant time = rows.get(i).reading().dataTime();
			values[i] = time.equals(last) ? values[i - 1] : time(time).toString();
			last = time;
		}
		return connection.createArrayOf("text", values);
	}

	private static Array numbers(Connection connection, List<Readings.Row> rows, Function<Reading, BigDecimal> value)
			throws SQLException {
		return column(connection, rows, row -> {
			BigDecimal number = value.apply(row.reading());
			// PostgreSQL reads the exponent form too, and toString is the cheaper rendering.
			return number == null ? null : number.toString();
		});
	}

	/** PostgreSQL keeps microseconds; the key must match what comes back. */
	private static Instant time(Instant dataTime) {
		return dataTime.truncatedTo(ChronoUnit.MICROS);
	}

	private record Key(String mn, Instant dataTime, String period, String factorCode) {

		@Override
		public boolean equals(Object other) {
		// Written out: the generated record methods ran as uninlined method-handle chains in profiles
		// of the ingest path, where every returned row is looked up.
			return other instanceof Key key && mn.equals(key.mn) && dataTime.equals(key.dataTime)
					&& period.equals(key.period) && factorCode.equals(key.factorCode);
		}

		@Override
		public int hashCode() {
			return ((31 * mn.hashCode() + dataTime.hashCode()) * 31 + period.hashCode()) * 31 + factorCode.hashCode();
		}

		static Key of(Readings.Row row) {
			return new Key(row.mn(), time(row.reading().dataTime()), row.reading().period().name(),
					row.reading().factorCode());
		}

	}

}

package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import cn.eco.enforcement.monitoring.Reading;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a group of readings to PostgreSQL with {@code COPY … FROM STDIN}, the cheapest way into a
 * table for the server (no executor per statement, no speculative insertion) and for the platform
 * (text rows, no array parameters). COPY cannot skip rows already stored, so it is tried first under
 * a savepoint: a group that holds a duplicate (a logger re-sending data, or one row twice in the
 * group) fails as a whole with a unique violation, goes back to the savepoint and is written again
 * with {@link ReadingArrayInsert}, which skips the stored rows and tells which ones were new. Either
 * way the rows are part of the group's transaction, which commits before any packet is answered.
 */
final class ReadingCopy {

	static final String SQL = "COPY reading (mn, period, data_time, factor_code, rtd, avg_value, min_value, max_value,"
			+ " zs_avg, cou, data_flag, received_at) FROM STDIN";

	private static final String UNIQUE_VIOLATION = "23505";

	private ReadingCopy() {
	}

	/** Stores the rows; tells for each whether it was new (of equal rows in one group, the first). */
	static boolean[] store(Connection connection, List<Readings.Row> rows, OffsetDateTime receivedAt)
			throws SQLException {
		byte[] data = rows(rows, receivedAt);
		Savepoint before = connection.setSavepoint();
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
			try {
				copy.writeToCopy(data, 0, data.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw ex;
			}
			connection.rollback(before);
			return ReadingArrayInsert.store(connection, rows, receivedAt);
		}
		boolean[] isNew = new boolean[rows.size()];
		Arrays.fill(isNew, true);
		return isNew;
	}

	/** The rows in COPY's text format: tab between columns, {@code \N} for null, one line per row. */
	static byte[] rows(List<Readings.Row> rows, OffsetDateTime receivedAt) {
		StringBuilder text = new StringBuilder(rows.size() * 110);
		String received = receivedAt.toInstant().toString();
		Instant lastTime = null;
		String lastTimeText = null;
		for (Readings.Row row : rows) {
			Reading reading = row.reading();
			if (!reading.dataTime().equals(lastTime)) {
				lastTime = reading.dataTime();
				lastTimeText = lastTime.toString();
			}
			text(text, row.mn()).append('\t').append(reading.period().name()).append('\t').append(lastTimeText).append('\t');
			text(text, reading.factorCode()).append('\t');
			number(text, reading.rtd()).append('\t');
			number(text, reading.avg()).append('\t');
			number(text, reading.min()).append('\t');
			number(text, reading.max()).append('\t');
			number(text, reading.zsAvg()).append('\t');
			number(text, reading.cou()).append('\t');
			text(text, reading.flag()).append('\t').append(received).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static StringBuilder number(StringBuilder text, BigDecimal value) {
		// PostgreSQL reads the exponent form too, and toString is the cheaper rendering.
		return value == null ? text.append("\\N") : text.append(value.toString());
	}

	private static StringBuilder text(StringBuilder text, String value) {
		if (value == null) {
			return text.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
		return text;
	}

}

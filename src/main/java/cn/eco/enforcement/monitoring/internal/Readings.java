package cn.eco.enforcement.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingView;
import cn.eco.enforcement.monitoring.counts.HourCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * The reading table. Writes skip data already stored, so a device re-sending history stores it once.
 * On PostgreSQL a group goes in with {@code COPY} ({@link ReadingCopy}) and, when it holds a row
 * already stored, again with {@code ON CONFLICT DO NOTHING} in one statement ({@link ReadingArrayInsert});
 * {@code app.monitoring.readings.copy=false} uses the statement alone. On H2 a {@code MERGE} batch.
 * New minute readings of an hour that is already over mark their device-hour stale for the
 * transmission report's counts ({@link HourCounts}), in the same transaction; readings of the
 * running hour, the usual case, cost nothing more.
 */
@Repository
class Readings {

	private static final String COLUMNS = "mn, period, data_time, factor_code, rtd, avg_value, min_value, max_value, zs_avg, cou, data_flag, received_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String insert;

	private final boolean postgres;

	private final boolean copy;

	Readings(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource,
			@Value("${app.monitoring.readings.copy:true}") boolean copy) throws Exception {
		this.copy = copy;
		this.jdbc = jdbc;
		this.template = template;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		this.postgres = product.toLowerCase().contains("postgresql");
		this.insert = product.toLowerCase().contains("h2")
				// MERGE also replaces a value the platform derived, and the row is then the device's own
				? "MERGE INTO reading (" + COLUMNS + ", derived) KEY (mn, data_time, period, factor_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)"
				: "INSERT INTO reading (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
	}

	/**
	 * Stores readings of many devices together; tells for each row whether it was new (on H2 a
	 * driver that cannot tell counts it as new).
	 */
	boolean[] storeAll(List<Row> rows, OffsetDateTime receivedAt) {
		if (rows.isEmpty()) {
			return new boolean[0];
		}
		boolean[] isNew = postgres
				? template.execute((ConnectionCallback<boolean[]>) c -> copy ? ReadingCopy.store(c, rows, receivedAt)
						: ReadingArrayInsert.store(c, rows, receivedAt))
				: merge(rows, receivedAt);
		markLate(rows, isNew, receivedAt.toInstant());
		return isNew;
	}

	/**
	 * Marks the device-hours of new minute and hourly readings whose hour was over when they were
	 * stored (an hourly value always is: its count, made after the hour settled, removes the mark).
	 */
	private void markLate(List<Row> rows, boolean[] isNew, Instant receivedAt) {
		java.util.Set<HourCounts.StaleHour> late = null;
		for (int i = 0; i < rows.size(); i++) {
			Reading r = rows.get(i).reading();
			if (isNew[i] && (r.period() == Period.MINUTE || r.period() == Period.HOUR)) {
				Instant hour = r.dataTime().truncatedTo(ChronoUnit.HOURS);
				if (!hour.plus(1, ChronoUnit.HOURS).isAfter(receivedAt)) {
					if (late == null) {
						late = new HashSet<>();
					}
					late.add(new HourCounts.StaleHour(rows.get(i).mn(), hour));
				}
			}
		}
		if (late != null) {
			java.util.Set<HourCounts.StaleHour> marks = late;
			template.execute((ConnectionCallback<Void>) c -> {
				HourCounts.markStale(c, marks, receivedAt);
				return null;
			});
		}
	}

	private boolean[] merge(List<Row> rows, OffsetDateTime receivedAt) {
		int[][] counts = template.batchUpdate(insert, rows, 1000, (ps, row) -> {
			Reading r = row.reading();
			ps.setString(1, row.mn());
			ps.setString(2, r.period().name());
			ps.setTimestamp(3, Timestamp.from(r.dataTime()));
			ps.setString(4, r.factorCode());
			ps.setBigDecimal(5, r.rtd());
			ps.setBigDecimal(6, r.avg());
			ps.setBigDecimal(7, r.min());
			ps.setBigDecimal(8, r.max());
			ps.setBigDecimal(9, r.zsAvg());
			ps.setBigDecimal(10, r.cou());
			ps.setString(11, r.flag());
			ps.setTimestamp(12, Timestamp.from(receivedAt.toInstant()));
		});
		boolean[] isNew = new boolean[rows.size()];
		int i = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				isNew[i++] = count == java.sql.Statement.SUCCESS_NO_INFO || count > 0;
			}
		}
		return isNew;
	}

	/** One reading of one device. */
	record Row(String mn, Reading reading) {
	}

	/**
	 * The latest readings (newest first, at most {@code count}) of each of the given factors of one
	 * period since {@code from}. One query per factor that stops after {@code count} rows: bounding
	 * by time alone read every row of a busy device in the window.
	 */
	Map<String, List<Reading>> recent(String mn, Period period, java.util.Collection<String> factors, Instant from,
			int count) {
		Map<String, List<Reading>> series = new java.util.LinkedHashMap<>();
		for (String factor : factors) {
			List<Reading> latest = jdbc.sql("""
					SELECT * FROM reading WHERE mn = ? AND data_time >= ? AND period = ? AND factor_code = ?
					ORDER BY data_time DESC FETCH FIRST %d ROWS ONLY""".formatted(count))
				.params(mn, Timestamp.from(from), period.name(), factor)
				.query(this::reading)
				.list();
			if (!latest.isEmpty()) {
				series.put(factor, latest);
			}
		}
		return series;
	}

	/** The latest readings of one factor and period, newest first. */
	List<Reading> latest(String mn, String factorCode, Period period, int count) {
		return jdbc.sql("""
				SELECT * FROM reading WHERE mn = ? AND factor_code = ? AND period = ?
				ORDER BY data_time DESC FETCH FIRST %d ROWS ONLY""".formatted(count))
			.params(mn, factorCode, period.name())
			.query(this::reading)
			.list();
	}

	/** One factor's readings of one period in [from, to], oldest first. */
	List<Reading> series(String mn, String factorCode, Period period, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT * FROM reading WHERE mn = ? AND factor_code = ? AND period = ? AND data_time >= ? AND data_time <= ?
				ORDER BY data_time""")
			.params(mn, factorCode, period.name(), Timestamp.from(from), Timestamp.from(to))
			.query(this::reading)
			.list();
	}

	private Reading reading(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Reading(rs.getString("factor_code"), Period.valueOf(rs.getString("period")),
				rs.getObject("data_time", OffsetDateTime.class).toInstant(), rs.getBigDecimal("rtd"),
				rs.getBigDecimal("avg_value"), rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
				rs.getBigDecimal("zs_avg"), rs.getBigDecimal("cou"), rs.getString("data_flag"));
	}

	List<ReadingView> between(String mn, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT * FROM reading WHERE mn = ? AND data_time >= ? AND data_time < ?
				ORDER BY data_time, period, factor_code FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.params(mn, Timestamp.from(from), Timestamp.from(to))
			.query(this::view)
			.list();
	}

	List<ReadingView> between(String mn, Period period, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT * FROM reading WHERE mn = ? AND period = ? AND data_time >= ? AND data_time < ?
				ORDER BY data_time, factor_code FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.params(mn, period.name(), Timestamp.from(from), Timestamp.from(to))
			.query(this::view)
			.list();
	}

	private ReadingView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ReadingView(rs.getString("mn"), rs.getString("factor_code"), Period.valueOf(rs.getString("period")),
				rs.getObject("data_time", OffsetDateTime.class), rs.getBigDecimal("rtd"), rs.getBigDecimal("avg_value"),
				rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"), rs.getBigDecimal("zs_avg"),
				rs.getBigDecimal("cou"), rs.getString("data_flag"), rs.getBoolean("derived"));
	}

}

package cn.eco.enforcement.monitoring.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the monthly transmission report ({@code TransmissionRates}) needs from an hour's readings,
 * counted once per device and hour: the number of minute readings ({@code minutes}, all factors) and
 * of hourly readings ({@code hourly}, all factors, not derived), and how many of each carry an invalid
 * flag ({@code minutes_invalid}, {@code hourly_invalid}; valid are N, T and no flag, the report's
 * rule). The report judges an hour from these four numbers alone, so no per-factor detail is kept.
 * Migrations {@code V300} and {@code V320} have the tables.
 * <ul>
 * <li><b>Counting.</b> The hourly derivation job counts each hour it derives, in the same transaction
 * ({@link #countHour}), for every registered device, and lists the hour in {@code counted_hour}. The
 * report uses the counts of listed hours and reads the readings of the others (the current hour,
 * hours the job has not reached or skipped, hours whose counts were pruned).</li>
 * <li><b>Late data.</b> Minute or hourly readings stored for an hour that is already over mark their
 * device-hour stale ({@link #markStale}, in the ingestion's transaction, so a reading is never
 * visible without its mark). Hourly data always arrive after their hour, so they always mark it; the
 * count, which comes later, removes those marks. The report reads the readings of a marked
 * device-hour instead of its count; the job's next run counts such hours again ({@link #staleHours}).
 * Counting an hour first deletes the hour's marks and then counts in a later statement, in one
 * transaction: a mark made concurrently either waits for that delete (the ingestion upserts the mark,
 * which takes its row lock) and is made again after it, or its readings are in the count. Readings
 * stored while their hour is still running are not marked; the job counts an hour only after the
 * derivation's settle time ({@code app.monitoring.derivation.settle}, 10 min), by which such a
 * transaction has committed. Readings written past the ingestion (a bulk load with COPY) are not
 * marked: whoever writes them counts their hours ({@link #countHour}), as the one-year benchmark
 * does.</li>
 * <li><b>Retention.</b> Counts are kept as long as the minute data and no longer ({@link #prune},
 * called by the retention job with the minute data's cut-off before it drops expired minute
 * partitions): a count that outlived its minute readings would make an hour received that the report,
 * reading the readings, would not. Older months' reports read their hourly readings (kept 10 years).
 * Where minute data are never removed (H2), neither are counts.</li>
 * </ul>
 * Public, with plain JDBC on the caller's connection and transaction, so that a bulk loader that
 * writes readings past the platform can count them with the same statements.
 */
public final class HourCounts {

	/**
	 * The condition, on a reading aliased {@code r}, that its data flag makes it invalid: valid are N
	 * (normal), T (over the limit, but a real value) and no flag. The monthly report applies the same
	 * rule to the readings it reads, so that its figures from counts and from readings agree.
	 */
	public static final String INVALID_FLAG = "COALESCE(UPPER(TRIM(r.data_flag)), 'N') NOT IN ('N', 'T', '')";

	/**
	 * One hour's minute and hourly readings of every registered device, counted. Joined from the
	 * devices so that each device's key range of {@code reading} serves it.
	 */
	static final String COUNT = """
			INSERT INTO hour_count (mn, hour_start, minutes, minutes_invalid, hourly, hourly_invalid)
			SELECT d.mn, CAST(? AS TIMESTAMP WITH TIME ZONE),
			       SUM(CASE WHEN r.period = 'MINUTE' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN r.period = 'MINUTE' AND %1$s THEN 1 ELSE 0 END),
			       SUM(CASE WHEN r.period = 'HOUR' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN r.period = 'HOUR' AND %1$s THEN 1 ELSE 0 END)
			FROM monitoring_device d JOIN reading r ON r.mn = d.mn
			WHERE r.period IN ('MINUTE', 'HOUR') AND r.data_time >= ? AND r.data_time < ? AND r.derived = FALSE
			GROUP BY d.mn""".formatted(INVALID_FLAG);

	private static final Duration HOUR = Duration.ofHours(1);

	private HourCounts() {
	}

	/** A device-hour whose minute or hourly data changed after the hour was over. */
	public record StaleHour(String mn, Instant hour) {
	}

	/**
	 * Counts the minute and hourly data of the hour starting at {@code hour} for every device,
	 * replacing an earlier count of the hour and its stale marks, and lists the hour as counted;
	 * returns the number of devices with minute or hourly data in it. Run it in one transaction (read
	 * committed).
	 */
	public static int countHour(Connection connection, Instant hour, Instant now) throws SQLException {
		OffsetDateTime start = utc(hour);
		// The marks go first: a reading whose mark this removes is committed before the count below.
		update(connection, "DELETE FROM hour_count_stale WHERE hour_start = ?", start);
		update(connection, "DELETE FROM hour_count WHERE hour_start = ?", start);
		int devices = update(connection, COUNT, start, start, utc(hour.plus(HOUR)));
		update(connection, "DELETE FROM counted_hour WHERE hour_start = ?", start);
		update(connection, "INSERT INTO counted_hour (hour_start, counted_at) VALUES (?, ?)", start, utc(now));
		return devices;
	}

	/** Counted hours with stale device-hours, oldest first. */
	public static List<Instant> staleHours(Connection connection) throws SQLException {
		List<Instant> hours = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT DISTINCT s.hour_start FROM hour_count_stale s
				JOIN counted_hour h ON h.hour_start = s.hour_start ORDER BY s.hour_start""");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				hours.add(rows.getObject(1, OffsetDateTime.class).toInstant());
			}
		}
		return hours;
	}

	/**
	 * Removes the marks of hours before {@code before} that were never counted (the report reads their
	 * readings anyway) and that the job will not count any more; returns how many.
	 */
	public static int dropUncountedMarks(Connection connection, Instant before) throws SQLException {
		return update(connection, """
				DELETE FROM hour_count_stale WHERE hour_start < ?
				AND hour_start NOT IN (SELECT hour_start FROM counted_hour)""", utc(before));
	}

	/**
	 * Marks device-hours stale, in the transaction that stored their late readings. Marks are
	 * upserted in one order, so two transactions marking the same hours do not deadlock.
	 */
	public static void markStale(Connection connection, Collection<StaleHour> hours, Instant now) throws SQLException {
		if (hours.isEmpty()) {
			return;
		}
		TreeSet<StaleHour> sorted = new TreeSet<>(
				Comparator.comparing(StaleHour::hour).thenComparing(StaleHour::mn));
		sorted.addAll(hours);
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		String upsert = postgres ? """
				INSERT INTO hour_count_stale (hour_start, mn, marked_at) VALUES (?, ?, ?)
				ON CONFLICT (hour_start, mn) DO UPDATE SET marked_at = EXCLUDED.marked_at"""
				: "MERGE INTO hour_count_stale (hour_start, mn, marked_at) KEY (hour_start, mn) VALUES (?, ?, ?)";
		try (PreparedStatement statement = connection.prepareStatement(upsert)) {
			for (StaleHour hour : sorted) {
				statement.setObject(1, utc(hour.hour()));
				statement.setString(2, hour.mn());
				statement.setObject(3, utc(now));
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/**
	 * Removes the counts, counted hours and marks of hours before {@code keepFrom}, a day at a time
	 * (each statement bounded by the index on the hour, the rows of 2,000 devices' day are about
	 * 48,000); returns the number of counts removed. The counted hours go first, so that at no moment a
	 * count is used whose hour the report would not find counted; on an auto-committing connection
	 * each statement commits on its own.
	 */
	public static long prune(Connection connection, Instant keepFrom) throws SQLException {
		long removed = 0;
		for (Optional<Instant> oldest = oldest(connection); oldest.isPresent()
				&& oldest.get().isBefore(keepFrom); oldest = oldest(connection)) {
			Instant upTo = oldest.get().plus(Duration.ofDays(1));
			OffsetDateTime before = utc(upTo.isBefore(keepFrom) ? upTo : keepFrom);
			update(connection, "DELETE FROM counted_hour WHERE hour_start < ?", before);
			removed += update(connection, "DELETE FROM hour_count WHERE hour_start < ?", before);
			update(connection, "DELETE FROM hour_count_stale WHERE hour_start < ?", before);
		}
		return removed;
	}

	private static Optional<Instant> oldest(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT MIN(oldest) FROM (SELECT MIN(hour_start) AS oldest FROM hour_count
				UNION ALL SELECT MIN(hour_start) FROM counted_hour
				UNION ALL SELECT MIN(hour_start) FROM hour_count_stale) o""");
				ResultSet rows = select.executeQuery()) {
			rows.next();
			return Optional.ofNullable(rows.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
		}
	}

	private static int update(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			return statement.executeUpdate();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

package cn.eco.enforcement.monitoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.Period;

/**
 * The layout of {@code reading} on PostgreSQL: partitioned by list of period (one table per
 * period, {@code reading_rtd} … {@code reading_day}), each of those by range of data time — real-time,
 * minute and hourly data in monthly partitions ({@code reading_hour_2026_12}), daily data in yearly
 * ones ({@code reading_day_2026}, a year of days is small). Months and years are China's
 * (Asia/Shanghai), as the monthly reports count them; the layout does not follow {@code app.zone},
 * because partitions already made must not change their bounds. Each period has a DEFAULT partition
 * ({@code reading_rtd_default}) that keeps a reading whose month has no partition yet; making that
 * month's partition later moves such rows into it.
 * <p>
 * Public for the Flyway migration {@code V210__Monitoring_partition_reading}, which builds the layout.
 */
public final class ReadingPartitions {

	public static final ZoneId ZONE = PacketReadings.CHINA;

	private static final Pattern NAME = Pattern.compile("reading_([a-z]+)_(\\d{4})(?:_(\\d{2}))?");

	private ReadingPartitions() {
	}

	/**
	 * Turns an unpartitioned {@code reading} into the partitioned layout, with partitions for every
	 * month that holds rows and for {@code today}'s month and the {@code monthsAhead} after it, and
	 * moves the rows. The new table is made {@code LIKE} the old one, so columns added to {@code
	 * reading} before this runs are kept without being named here.
	 */
	public static void partitionTable(Connection connection, LocalDate today, int monthsAhead) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE reading RENAME TO reading_unpartitioned");
			statement.execute("ALTER TABLE reading_unpartitioned RENAME CONSTRAINT reading_pkey TO reading_unpartitioned_pkey");
			statement.execute("CREATE TABLE reading (LIKE reading_unpartitioned INCLUDING ALL) PARTITION BY LIST (period)");
			for (Period period : Period.values()) {
				statement.execute("CREATE TABLE %s PARTITION OF reading FOR VALUES IN ('%s') PARTITION BY RANGE (data_time)"
					.formatted(parent(period), period.name()));
				statement.execute("CREATE TABLE %1$s_default PARTITION OF %1$s DEFAULT".formatted(parent(period)));
			}
		}
		for (Period period : Period.values()) {
			for (LocalDate start : startsWithRows(connection, "reading_unpartitioned", period)) {
				create(connection, period, start);
			}
			ensureAhead(connection, period, today, monthsAhead);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO reading SELECT * FROM reading_unpartitioned");
			statement.execute("DROP TABLE reading_unpartitioned");
		}
	}

	/** The partitions of the period for today's month and the months ahead; returns those made now. */
	static List<String> ensureAhead(Connection connection, Period period, LocalDate today, int monthsAhead)
			throws SQLException {
		List<String> created = new ArrayList<>();
		LocalDate last = start(period, today.withDayOfMonth(1).plusMonths(monthsAhead));
		for (LocalDate start = start(period, today); !start.isAfter(last); start = next(period, start)) {
			if (create(connection, period, start)) {
				created.add(name(period, start));
			}
		}
		return created;
	}

	/**
	 * Makes the partition of the period's month (or year) beginning on {@code start} unless it
	 * exists: a plain table first, into which rows that waited in the DEFAULT partition are moved,
	 * then attached, so inserts into the other partitions go on meanwhile.
	 */
	static boolean create(Connection connection, Period period, LocalDate start) throws SQLException {
		String name = name(period, start);
		if (exists(connection, name)) {
			return false;
		}
		String from = bound(start);
		String to = bound(next(period, start));
		String range = "data_time >= '%s' AND data_time < '%s'".formatted(from, to);
		// One transaction, unless the caller (the migration) has one open already.
		boolean ownTransaction = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE %s (LIKE %s INCLUDING ALL)".formatted(name, parent(period)));
			statement.execute("INSERT INTO %s SELECT * FROM %s_default WHERE %s".formatted(name, parent(period), range));
			statement.execute("DELETE FROM %s_default WHERE %s".formatted(parent(period), range));
			statement.execute("ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM ('%s') TO ('%s')"
				.formatted(parent(period), name, from, to));
			if (ownTransaction) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			if (ownTransaction) {
				connection.rollback();
			}
			throw ex;
		}
		finally {
			connection.setAutoCommit(ownTransaction);
		}
		return true;
	}

	/** The period's partitions (not the DEFAULT one), oldest first. */
	static List<Partition> list(Connection connection, Period period) throws SQLException {
		List<Partition> partitions = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				WHERE i.inhparent = ?::regclass ORDER BY c.relname""")) {
			query.setString(1, parent(period));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					partition(period, rows.getString(1)).ifPresent(partitions::add);
				}
			}
		}
		return partitions;
	}

	/** The partition a table's name stands for, if it is named as one of the period's. */
	private static Optional<Partition> partition(Period period, String table) {
		Matcher name = NAME.matcher(table);
		if (!name.matches() || !name.group(1).equals(period.name().toLowerCase(Locale.ROOT))
				|| (name.group(3) == null) != yearly(period)) {
			return Optional.empty();
		}
		LocalDate start = LocalDate.of(Integer.parseInt(name.group(2)),
				name.group(3) == null ? 1 : Integer.parseInt(name.group(3)), 1);
		return Optional.of(new Partition(table, start, next(period, start)));
	}

	/** Readings of the period that wait in its DEFAULT partition. */
	static long countInDefault(Connection connection, Period period) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM %s_default".formatted(parent(period)))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * Drops a partition in two steps, each committing on its own (the connection auto-commits): it is
	 * detached from its parent, a change of the catalogue for which {@code reading} is locked only
	 * briefly, and the detached table is dropped, which removes its files (seconds for a month of
	 * minute data) while nothing locks {@code reading}. {@code DROP TABLE} of the attached partition
	 * would hold the parent's lock, and with it every insert and query of readings, until the files
	 * are gone. A run stopped between the two steps leaves a detached table for {@link #detached}.
	 */
	static void drop(Connection connection, Period period, Partition partition) throws SQLException {
		if (!connection.getAutoCommit()) {
			throw new IllegalStateException("a partition is dropped on an auto-committing connection");
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE %s DETACH PARTITION %s".formatted(parent(period), partition.name()));
			statement.execute("DROP TABLE " + partition.name());
		}
	}

	/**
	 * Tables named as the period's partitions that are not attached to its parent: left by a drop
	 * stopped after its first step (or detached by hand), oldest first.
	 */
	static List<Partition> detached(Connection connection, Period period) throws SQLException {
		List<Partition> tables = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT c.relname FROM pg_class c
				WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace AND c.relname LIKE ?
				AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
				ORDER BY c.relname""")) {
			query.setString(1, parent(period) + "\\_%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					partition(period, rows.getString(1)).ifPresent(tables::add);
				}
			}
		}
		return tables;
	}

	/** Drops a detached table (see {@link #detached}). */
	static void dropDetached(Connection connection, Partition table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE " + table.name());
		}
	}

	static String parent(Period period) {
		return "reading_" + period.name().toLowerCase(Locale.ROOT);
	}

	/** {@code reading_rtd_2026_12}, or {@code reading_day_2026} for a year of daily data. */
	static String name(Period period, LocalDate start) {
		return yearly(period) ? "%s_%d".formatted(parent(period), start.getYear())
				: "%s_%d_%02d".formatted(parent(period), start.getYear(), start.getMonthValue());
	}

	/** The first day of the partition holding the day. */
	static LocalDate start(Period period, LocalDate day) {
		return yearly(period) ? day.withDayOfYear(1) : day.withDayOfMonth(1);
	}

	static LocalDate next(Period period, LocalDate start) {
		return yearly(period) ? start.plusYears(1) : start.plusMonths(1);
	}

	private static boolean yearly(Period period) {
		return period == Period.DAY;
	}

	private static String bound(LocalDate day) {
		return OffsetDateTime.of(day.atStartOfDay(), ZONE.getRules().getOffset(day.atStartOfDay())).toString();
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getBoolean(1);
			}
		}
	}

	/**
	 * Makes the partitions for rows that wait in the period's DEFAULT partition (data sent late for a
	 * month before the first partition) up to {@code last}; rows further ahead keep waiting.
	 */
	static List<String> adoptWaiting(Connection connection, Period period, LocalDate last) throws SQLException {
		List<String> created = new ArrayList<>();
		for (LocalDate start : startsWithRows(connection, parent(period) + "_default", period)) {
			if (!start.isAfter(last) && create(connection, period, start)) {
				created.add(name(period, start));
			}
		}
		return created;
	}

	private static List<LocalDate> startsWithRows(Connection connection, String table, Period period)
			throws SQLException {
		List<LocalDate> starts = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT DISTINCT date_trunc(?, data_time AT TIME ZONE ?)::date
				FROM %s WHERE period = ? ORDER BY 1""".formatted(table))) {
			query.setString(1, yearly(period) ? "year" : "month");
			query.setString(2, ZONE.getId());
			query.setString(3, period.name());
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					starts.add(rows.getObject(1, LocalDate.class));
				}
			}
		}
		return starts;
	}

	/** A partition of one period's readings: rows with {@code start <= data time < end} (China's days). */
	record Partition(String name, LocalDate start, LocalDate end) {
	}

}

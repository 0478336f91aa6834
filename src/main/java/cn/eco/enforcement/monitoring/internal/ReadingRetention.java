package cn.eco.enforcement.monitoring.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.counts.HourCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code reading}'s partitions on PostgreSQL: makes those of the current month and the
 * months ahead, and drops whole partitions whose data are older than the period's retention
 * ({@link RetentionSettings}) — never a row-by-row DELETE. Readings that wait in a DEFAULT
 * partition because their month had no partition (late data from before the migration's first
 * month) get their month's partition; those still waiting (far in the future) are counted and logged. On H2, the in-memory demo
 * database, the table is not partitioned and nothing is removed.
 * <p>
 * The transmission report's minute counts ({@link HourCounts}) follow the minute data's rule
 * ({@code app.monitoring.retention.minute}): before expired minute partitions are dropped, the counts
 * of every hour before the same cut-off are deleted, so no count outlives the readings it counted.
 * They are deleted, not dropped: one row per device and hour is small (about 48,000 rows a day for
 * 2,000 devices, against 1.15 million minute readings of 4 factors every 10 minutes), and each run
 * deletes them a day per statement through the index on the hour, about one day's worth each day.
 */
@Component
class ReadingRetention {

	private static final Logger log = LoggerFactory.getLogger(ReadingRetention.class);

	/** The advisory lock key of this job ("reading" in ASCII). */
	private static final long ADVISORY_LOCK = 0x72656164696e67L;

	private final DataSource dataSource;

	private final RetentionSettings settings;

	private final Clock clock;

	ReadingRetention(DataSource dataSource, RetentionSettings settings, Clock clock) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.clock = clock;
	}

	/** What one run did. */
	record Outcome(List<String> created, List<String> dropped, long waitingInDefault) {
	}

	/** Runs for today (China's date). */
	Outcome maintain() {
		return maintain(LocalDate.now(clock.withZone(ReadingPartitions.ZONE)));
	}

	/** Makes the partitions ahead of {@code today} and drops those expired by then. */
	Outcome maintain(LocalDate today) {
		List<String> created = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		long waiting = 0;
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				return new Outcome(created, dropped, 0);
			}
			connection.setAutoCommit(true);
			// Each step commits on its own: a partition made stays made if a later step fails. A run
			// started by hand waits for the scheduled one instead of colliding with it.
			try (var lock = connection.createStatement()) {
				lock.execute("SELECT pg_advisory_lock(" + ADVISORY_LOCK + ")");
			}
			try {
				for (Period period : Period.values()) {
					created.addAll(ReadingPartitions.ensureAhead(connection, period, today, settings.monthsAhead()));
					// Late data for a month without a partition get one (and are dropped below if expired).
					created.addAll(ReadingPartitions.adoptWaiting(connection, period,
							today.withDayOfMonth(1).plusMonths(settings.monthsAhead())));
					LocalDate keepFrom = today.minus(settings.of(period));
					if (period == Period.MINUTE) {
						long pruned = HourCounts.prune(connection,
								keepFrom.atStartOfDay(ReadingPartitions.ZONE).toInstant());
						if (pruned > 0) {
							log.info("Minute counts before {} deleted: {}", keepFrom, pruned);
						}
					}
					for (ReadingPartitions.Partition partition : ReadingPartitions.list(connection, period)) {
						if (!partition.end().isAfter(keepFrom)) {
							ReadingPartitions.drop(connection, period, partition);
							dropped.add(partition.name());
						}
					}
					for (ReadingPartitions.Partition table : ReadingPartitions.detached(connection, period)) {
						if (!table.end().isAfter(keepFrom)) {
							log.warn("{} was detached from {} but not dropped (a run stopped half-way, or detached by "
									+ "hand); its data are expired and it is dropped now", table.name(),
									ReadingPartitions.parent(period));
							ReadingPartitions.dropDetached(connection, table);
							dropped.add(table.name());
						}
					}
					long inDefault = ReadingPartitions.countInDefault(connection, period);
					if (inDefault > 0) {
						log.warn("{} {} readings wait in {}_default: their month has no partition", inDefault, period,
								ReadingPartitions.parent(period));
					}
					waiting += inDefault;
				}
			}
			finally {
				try (var unlock = connection.createStatement()) {
					unlock.execute("SELECT pg_advisory_unlock(" + ADVISORY_LOCK + ")");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading partitions could not be maintained: " + ex.getMessage(), ex);
		}
		if (!created.isEmpty()) {
			log.info("Reading partitions created: {}", created);
		}
		if (!dropped.isEmpty()) {
			log.info("Reading partitions dropped (retention): {}", dropped);
		}
		return new Outcome(created, dropped, waiting);
	}

}

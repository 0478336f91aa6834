package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.counts.HourCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives hourly values from minute data, and daily values from hourly data, for devices that
 * sent none ({@link DerivedValues} has the arithmetic). A run continues from where the last one
 * stopped ({@code reading_derivation}), but looks back at most {@link DerivationSettings#catchUp()},
 * and takes an hour only once {@link DerivationSettings#settle()} has passed after its end; days
 * (China's) follow once all their hours are done. Each hour and day commits on its own, so a run
 * cut short loses nothing done and the next one carries on; running a window twice writes nothing
 * the second time.
 * <p>
 * The hour's minute data are also counted per device for the transmission report
 * ({@link HourCounts}), in the hour's transaction with its derivation and progress. After the hours,
 * a run counts again every counted hour whose minute data changed later (late data mark their
 * device-hour stale when they are stored), each in its own transaction.
 */
@Component
class ReadingDerivation {

	private static final Logger log = LoggerFactory.getLogger(ReadingDerivation.class);

	/** Progress is logged every this many hours of a catch-up. */
	private static final int PROGRESS_EVERY = 24;

	private final JdbcClient jdbc;

	private final DerivationSettings settings;

	private final Clock clock;

	private final String onConflict;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	ReadingDerivation(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
			DerivationSettings settings, Clock clock) throws Exception {
		this.jdbc = jdbc;
		this.template = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		// A device's own value arriving while its hour is derived wins; the derivation skips the row.
		this.onConflict = product.toLowerCase().contains("postgresql") ? " ON CONFLICT DO NOTHING" : "";
	}

	/** What one run did. */
	record Outcome(int hours, long hourlyRows, int days, long dailyRows, int recounted) {
	}

	Outcome catchUp() {
		return catchUp(clock.instant());
	}

	/** Derives every settled hour and complete day since the last run, within the catch-up window. */
	Outcome catchUp(Instant now) {
		Instant floor = now.minus(settings.catchUp()).truncatedTo(ChronoUnit.HOURS);
		Instant end = now.minus(settings.settle()).truncatedTo(ChronoUnit.HOURS);
		Instant hour = later(floor, through(Period.HOUR));
		int hours = 0;
		long hourlyRows = 0;
		for (; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
			hourlyRows += countAndDeriveHour(hour, now);
			if (++hours % PROGRESS_EVERY == 0) {
				log.info("Derived hourly values up to {}: {} hours, {} values so far", hour, hours, hourlyRows);
			}
		}
		Instant hoursDone = through(Period.HOUR).orElse(floor);
		LocalDate day = LocalDate.ofInstant(later(floor, through(Period.DAY)), ReadingPartitions.ZONE);
		int days = 0;
		long dailyRows = 0;
		for (; !start(day.plusDays(1)).isAfter(hoursDone); day = day.plusDays(1)) {
			dailyRows += deriveDay(day, now);
			advance(Period.DAY, start(day.plusDays(1)));
			days++;
		}
		int recounted = recountStaleHours(floor, now);
		Outcome outcome = new Outcome(hours, hourlyRows, days, dailyRows, recounted);
		if (hourlyRows + dailyRows > 0 || hours > 1 || recounted > 0) {
			log.info("Derived readings: {} hourly values over {} hours, {} daily values over {} days; "
					+ "minute data counted again for {} hours with late data", hourlyRows, hours, dailyRows, days,
					recounted);
		}
		return outcome;
	}

	/**
	 * Counts the hour's minute data, writes its derived hourly values and records the progress, in one
	 * transaction; returns the number of derived values.
	 */
	int countAndDeriveHour(Instant hour, Instant now) {
		Integer derived = transactions.execute(status -> {
			template.execute((ConnectionCallback<Integer>) c -> HourCounts.countHour(c, hour, now));
			int written = deriveHour(hour, now);
			advance(Period.HOUR, hour.plus(1, ChronoUnit.HOURS));
			return written;
		});
		return derived == null ? 0 : derived;
	}

	/**
	 * Counts again each counted hour with late minute data, and forgets the marks of hours older than
	 * the window that were never counted; returns the number of hours counted again.
	 */
	int recountStaleHours(Instant floor, Instant now) {
		List<Instant> stale = template.execute((ConnectionCallback<List<Instant>>) HourCounts::staleHours);
		for (Instant hour : stale) {
			transactions.executeWithoutResult(
					status -> template.execute((ConnectionCallback<Integer>) c -> HourCounts.countHour(c, hour, now)));
		}
		template.execute((ConnectionCallback<Integer>) c -> HourCounts.dropUncountedMarks(c, floor));
		return stale.size();
	}

	/** Writes the derived hourly values of the hour starting at {@code hour}; returns how many. */
	int deriveHour(Instant hour, Instant now) {
		return DerivedValues.write(jdbc, DerivedValues.HOURLY + onConflict, hour, hour.plus(Duration.ofHours(1)), now);
	}

	/** Writes the derived daily values of China's day; returns how many. */
	int deriveDay(LocalDate day, Instant now) {
		return DerivedValues.write(jdbc, DerivedValues.DAILY + onConflict, start(day), start(day.plusDays(1)), now);
	}

	private Optional<Instant> through(Period period) {
		return jdbc.sql("SELECT derived_through FROM reading_derivation WHERE period = ?")
			.param(period.name())
			.query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	private void advance(Period period, Instant through) {
		OffsetDateTime at = through.atOffset(ZoneOffset.UTC);
		if (jdbc.sql("UPDATE reading_derivation SET derived_through = ? WHERE period = ?")
			.params(at, period.name())
			.update() == 0) {
			jdbc.sql("INSERT INTO reading_derivation (period, derived_through) VALUES (?, ?)")
				.params(period.name(), at)
				.update();
		}
	}

	private static Instant later(Instant floor, Optional<Instant> through) {
		return through.filter(floor::isBefore).orElse(floor);
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(ReadingPartitions.ZONE).toInstant();
	}

}

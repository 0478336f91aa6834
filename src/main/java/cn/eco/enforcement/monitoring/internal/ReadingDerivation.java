package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.sql.DataSource;

import cn.eco.enforcement.monitoring.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Derives hourly values from minute data, and daily values from hourly data, for devices that
 * sent none ({@link DerivedValues} has the arithmetic). A run continues from where the last one
 * stopped ({@code reading_derivation}), but looks back at most {@link DerivationSettings#catchUp()},
 * and takes an hour only once {@link DerivationSettings#settle()} has passed after its end; days
 * (China's) follow once all their hours are done. Each hour and day commits on its own, so a run
 * cut short loses nothing done and the next one carries on; running a window twice writes nothing
 * the second time.
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

	ReadingDerivation(JdbcClient jdbc, DataSource dataSource, DerivationSettings settings, Clock clock)
			throws Exception {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		// A device's own value arriving while its hour is derived wins; the derivation skips the row.
		this.onConflict = product.toLowerCase().contains("postgresql") ? " ON CONFLICT DO NOTHING" : "";
	}

	/** What one run did. */
	record Outcome(int hours, long hourlyRows, int days, long dailyRows) {
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
			hourlyRows += deriveHour(hour, now);
			advance(Period.HOUR, hour.plus(1, ChronoUnit.HOURS));
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
		Outcome outcome = new Outcome(hours, hourlyRows, days, dailyRows);
		if (hourlyRows + dailyRows > 0 || hours > 1) {
			log.info("Derived readings: {} hourly values over {} hours, {} daily values over {} days", hourlyRows,
					hours, dailyRows, days);
		}
		return outcome;
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

package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hourly and daily values derived from minute data, the same on PostgreSQL
 * ({@link ReadingDerivationTests}) and on H2 ({@link ReadingDerivationOnH2Tests}). Days are China's;
 * the hours lie in November 2026, away from other tests' data.
 */
abstract class ReadingDerivationScenarios {

	static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	/** 10:00 China time on {@link #DAY}. */
	static final Instant TEN = DAY.atTime(10, 0).atZone(ReadingPartitions.ZONE).toInstant();

	static final Instant NOW = TEN.plus(Duration.ofDays(3));

	abstract JdbcClient jdbc();

	abstract ReadingDerivation derivation();

	/**
	 * Leaves the job's progress and the minute counts of these days as they were found: a later test
	 * that writes minute data straight into an hour a run here counted (not through the ingestion,
	 * which would mark the hour) would otherwise find them not counted.
	 */
	@AfterEach
	void forgetTheRunsOfTheseDays() {
		jdbc().sql("DELETE FROM reading_derivation").update();
		OffsetDateTime from = DAY.minusDays(3).atStartOfDay(ReadingPartitions.ZONE).toOffsetDateTime();
		OffsetDateTime to = DAY.plusDays(3).atStartOfDay(ReadingPartitions.ZONE).toOffsetDateTime();
		for (String table : List.of("counted_hour", "hour_count", "hour_count_stale")) {
			jdbc().sql("DELETE FROM " + table + " WHERE hour_start >= ? AND hour_start < ?").params(from, to).update();
		}
	}

	@Test
	void anHourOfMinuteDataBecomesAnHourlyValueMarkedDerived() {
		String mn = registeredDevice();
		for (int i = 0; i < 6; i++) {
			minute(mn, "w01018", TEN.plus(Duration.ofMinutes(10 * i)), 10 + 10 * i, null, "N");
			minute(mn, "w00000", TEN.plus(Duration.ofMinutes(10 * i)), 5, 100, "N");
		}
		minute(mn, "w01018", TEN.plus(Duration.ofHours(1)), 999, null, "N");

		derivation().deriveHour(TEN, NOW);

		Map<String, Object> cod = hourly(mn, "w01018", TEN);
		assertThat(decimal(cod, "avg_value")).isEqualByComparingTo("35");
		assertThat(decimal(cod, "min_value")).as("lowest minute Min").isEqualByComparingTo("9");
		assertThat(decimal(cod, "max_value")).as("highest minute Max").isEqualByComparingTo("61");
		assertThat(cod.get("data_flag")).isEqualTo("N");
		assertThat(cod.get("derived")).isEqualTo(true);
		assertThat(decimal(hourly(mn, "w00000", TEN), "cou")).as("the hour's flow is the sum of the minutes'")
			.isEqualByComparingTo("600");
		assertThat(count(mn, "HOUR")).as("the next hour is not over in this window").isEqualTo(2);
	}

	@Test
	void invalidMinutesAreLeftOutAndAnHourWithTooFewValidOnesIsNotDerived() {
		String good = registeredDevice();
		String poor = registeredDevice();
		for (int i = 0; i < 8; i++) {
			Instant at = TEN.plus(Duration.ofMinutes(5 * i));
			minute(good, "w01018", at, i == 0 ? 5000 : 20, null, i == 0 ? "D" : "N");
			minute(poor, "w01018", at, 20, null, i < 3 ? "M" : "N");
		}

		derivation().deriveHour(TEN, NOW);

		assertThat(decimal(hourly(good, "w01018", TEN), "avg_value")).as("7 of 8 valid; the faulty 5000 left out")
			.isEqualByComparingTo("20");
		assertThat(count(poor, "HOUR")).as("5 of 8 valid is under 75 %").isZero();
	}

	@Test
	void aDeviceThatSentHourlyDataForTheHourGetsNoDerivedValue() {
		String mn = registeredDevice();
		minute(mn, "w01018", TEN, 10, null, "N");
		minute(mn, "w00000", TEN, 5, 100, "N");
		write(mn, "HOUR", "w01018", TEN, 12, null, "N");

		derivation().deriveHour(TEN, NOW);

		assertThat(count(mn, "HOUR")).as("only its own value, none derived for its other factor").isEqualTo(1);
		assertThat(hourly(mn, "w01018", TEN).get("derived")).isEqualTo(false);
	}

	@Test
	void derivingTheSameHourAgainWritesNothing() {
		String mn = registeredDevice();
		minute(mn, "w01018", TEN, 10, null, "N");

		int first = derivation().deriveHour(TEN, NOW);
		int again = derivation().deriveHour(TEN, NOW.plusSeconds(60));

		assertThat(first).isPositive();
		assertThat(again).isZero();
		assertThat(count(mn, "HOUR")).isEqualTo(1);
	}

	@Test
	void aDayOfHourlyDataBecomesADailyValueWhenTwentyHoursAreValid() {
		String full = registeredDevice();
		String short19 = registeredDevice();
		String ownDay = registeredDevice();
		Instant midnight = DAY.atStartOfDay(ReadingPartitions.ZONE).toInstant();
		for (int h = 0; h < 24; h++) {
			Instant at = midnight.plus(Duration.ofHours(h));
			write(full, "HOUR", "w01018", at, h, 100, "N");
			write(short19, "HOUR", "w01018", at, h, null, h < 19 ? "N" : "F");
			write(ownDay, "HOUR", "w01018", at, h, null, "N");
		}
		write(ownDay, "DAY", "w01018", midnight, 7, null, "N");

		derivation().deriveDay(DAY, NOW);

		Map<String, Object> day = row(full, "DAY", "w01018", midnight);
		assertThat(decimal(day, "avg_value")).as("mean of 0 … 23").isEqualByComparingTo("11.5");
		assertThat(decimal(day, "min_value")).isEqualByComparingTo("0");
		assertThat(decimal(day, "max_value")).isEqualByComparingTo("23");
		assertThat(decimal(day, "cou")).isEqualByComparingTo("2400");
		assertThat(day.get("derived")).isEqualTo(true);
		assertThat(count(short19, "DAY")).as("19 valid hours").isZero();
		assertThat(count(ownDay, "DAY")).isEqualTo(1);
		assertThat(derivation().deriveDay(DAY, NOW)).as("again: nothing").isZero();
	}

	@Test
	void aRunDerivesTheHoursAndTheDaySinceTheLastRunAndARepeatDoesNothing() {
		String mn = registeredDevice();
		minutesOfTheDay(mn);
		Instant halfPastMidnight = DAY.plusDays(1).atTime(0, 30).atZone(ReadingPartitions.ZONE).toInstant();

		ReadingDerivation.Outcome first = derivation().catchUp(halfPastMidnight);
		ReadingDerivation.Outcome again = derivation().catchUp(halfPastMidnight.plusSeconds(60));

		assertThat(first.hours()).as("the two days' window, up to the last settled hour").isEqualTo(48);
		assertThat(count(mn, "HOUR")).isEqualTo(24);
		Instant midnight = DAY.atStartOfDay(ReadingPartitions.ZONE).toInstant();
		assertThat(decimal(row(mn, "DAY", "w01018", midnight), "avg_value")).as("from the derived hours")
			.isEqualByComparingTo("11.5");
		assertThat(row(mn, "DAY", "w01018", midnight).get("derived")).isEqualTo(true);
		assertThat(again).isEqualTo(new ReadingDerivation.Outcome(0, 0, 0, 0, 0));
	}

	@Test
	void aRunCountsEachHoursMinuteDataForTheReportAndCountsAnHourAgainAfterLateData() {
		String mn = registeredDevice();
		minutesOfTheDay(mn);
		minute(mn, "w00000", TEN, 5, 100, "F");
		Instant halfPastMidnight = DAY.plusDays(1).atTime(0, 30).atZone(ReadingPartitions.ZONE).toInstant();

		derivation().catchUp(halfPastMidnight);

		assertThat(minuteCount(mn, TEN)).as("6 readings of COD, 1 of flow flagged F").containsExactly(7L, 1L);
		assertThat(jdbc().sql("SELECT COUNT(*) FROM hour_count WHERE mn = ?").param(mn).query(Long.class).single())
			.as("every hour of the day").isEqualTo(24);

		// Late data, stored and marked as the ingestion does.
		minute(mn, "w00000", TEN.plus(Duration.ofMinutes(10)), 5, 100, "N");
		jdbc().sql("INSERT INTO hour_count_stale (hour_start, mn, marked_at) VALUES (?, ?, ?)")
			.params(TEN.atOffset(ZoneOffset.UTC), mn, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		ReadingDerivation.Outcome next = derivation().catchUp(halfPastMidnight.plus(Duration.ofMinutes(5)));

		assertThat(next.recounted()).isGreaterThanOrEqualTo(1);
		assertThat(minuteCount(mn, TEN)).containsExactly(8L, 1L);
		assertThat(jdbc().sql("SELECT COUNT(*) FROM hour_count_stale WHERE mn = ?").param(mn).query(Long.class).single())
			.isZero();
	}

	List<Long> minuteCount(String mn, Instant hour) {
		return jdbc().sql("SELECT minutes, minutes_invalid FROM hour_count WHERE mn = ? AND hour_start = ?")
			.params(mn, hour.atOffset(ZoneOffset.UTC))
			.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** A logger sending minute data every 10 minutes for a whole day. */
	void minutesOfTheDay(String mn) {
		Instant midnight = DAY.atStartOfDay(ReadingPartitions.ZONE).toInstant();
		for (int m = 0; m < 24 * 60; m += 10) {
			minute(mn, "w01018", midnight.plus(Duration.ofMinutes(m)), m / 60, null, "N");
		}
	}

	/** A device in the registry (of a demo firm): only registered devices send data, and the job derives and counts for them. */
	String registeredDevice() {
		String mn = device();
		jdbc().sql("""
				INSERT INTO monitoring_device (mn, password_salt, password_hash, kind, enterprise_code, outlet, registered_at)
				VALUES (?, 'salt', 'hash', 'WASTEWATER', 'ENT-0001', 'DW001', ?)""")
			.params(mn, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return mn;
	}

	String device() {
		return "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase();
	}

	void minute(String mn, String factor, Instant at, double avg, Integer cou, String flag) {
		write(mn, "MINUTE", factor, at, avg, cou, flag);
	}

	void write(String mn, String period, String factor, Instant at, double avg, Integer cou, String flag) {
		BigDecimal value = BigDecimal.valueOf(avg);
		jdbc().sql("""
				INSERT INTO reading (mn, period, data_time, factor_code, avg_value, min_value, max_value, cou, data_flag,
				                     received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mn, period, at.atOffset(ZoneOffset.UTC), factor, value,
					period.equals("MINUTE") ? value.subtract(BigDecimal.ONE) : null,
					period.equals("MINUTE") ? value.add(BigDecimal.ONE) : null,
					cou == null ? null : BigDecimal.valueOf(cou), flag, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	Map<String, Object> hourly(String mn, String factor, Instant at) {
		return row(mn, "HOUR", factor, at);
	}

	Map<String, Object> row(String mn, String period, String factor, Instant at) {
		List<Map<String, Object>> rows = jdbc()
			.sql("SELECT * FROM reading WHERE mn = ? AND period = ? AND factor_code = ? AND data_time = ?")
			.params(mn, period, factor, at.atOffset(ZoneOffset.UTC))
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		Map<String, Object> row = new java.util.HashMap<>();
		rows.get(0).forEach((column, value) -> row.put(column.toLowerCase(), value));
		return row;
	}

	long count(String mn, String period) {
		return jdbc().sql("SELECT COUNT(*) FROM reading WHERE mn = ? AND period = ?")
			.params(mn, period)
			.query(Long.class)
			.single();
	}

	static BigDecimal decimal(Map<String, Object> row, String column) {
		return (BigDecimal) row.get(column);
	}

}

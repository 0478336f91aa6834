package cn.eco.enforcement.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.eco.enforcement.monitoring.counts.HourCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transmission figures from counted minute and hourly data are those from the readings: a month
 * with gaps, invalid flags, the 75 % boundary, hourly and derived hourly values beside minute data,
 * and late minute and hourly data after the count, measured before counting, after counting, with
 * late data marked, after the job counted again, and with the counts ignored. Each stage is compared with
 * figures computed by hand and with the report of the stage before. On PostgreSQL
 * ({@link HourCountsOnPostgresTests}) and H2 ({@link HourCountsOnH2Tests}).
 */
abstract class HourCountScenarios {

	static final YearMonth JUNE = YearMonth.of(2026, 6);

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final Instant FROM = JUNE.atDay(1).atStartOfDay(CHINA).toInstant();

	abstract JdbcClient jdbc();

	abstract JdbcTemplate template();

	abstract TransactionTemplate transactions();

	abstract TransmissionRates rates();

	/** Registers a device (wastewater, of a demo firm) at the time given. */
	abstract String device(Instant registeredAt);

	/** Stores late readings as the ingestion does: readings and their stale marks together. */
	abstract void storeLate(String mn, List<Object[]> rows);

	/** The month's report as the platform shows it, to compare between stages. */
	abstract String report();

	/** June's counts go with the test that made them: the next one writes its readings straight into June. */
	@AfterEach
	void forgetJunesCounts() {
		for (String table : List.of("counted_hour", "hour_count", "hour_count_stale")) {
			jdbc().sql("DELETE FROM " + table + " WHERE hour_start >= ? AND hour_start < ?")
				.params(utc(FROM), utc(hour(720)))
				.update();
		}
	}

	@Test
	void countedDataGiveTheFiguresOfTheReadingsBeforeAndAfterLateData() {
		String a = device(FROM.minus(Duration.ofDays(1)));
		String b = device(FROM.plus(Duration.ofDays(15))); // 16 June: 360 hours expected
		insert(monthOfA(a));
		insert(monthOfB(b));
		DeviceTransmission aBefore = new DeviceTransmission(a, "2026-06", 720, 696, 692, 96.11, 30, 29, 0, 0);
		DeviceTransmission bAll = new DeviceTransmission(b, "2026-06", 360, 350, 349, 96.94, 15, 14, 0, 0);

		// Nothing counted: the minute readings themselves.
		assertFigures(a, aBefore);
		assertFigures(b, bAll);
		String reportBefore = report();

		countTheMonth();

		assertThat(hourCount(a, 100)).as("12 minute readings, 3 flagged D").containsExactly(12L, 3L, 0L, 0L);
		assertThat(hourCount(a, 30)).as("no data in the gap").isNull();
		assertThat(hourCount(a, 200)).as("12 invalid minutes, one valid hourly value").containsExactly(12L, 12L, 1L, 0L);
		assertThat(hourCount(a, 201)).as("one hourly value flagged D").containsExactly(12L, 0L, 1L, 1L);
		assertThat(hourCount(a, 202)).as("the derived hourly value is not counted").containsExactly(12L, 4L, 0L, 0L);
		assertThat(hourCount(b, 600)).as("hourly data only, flagged C").containsExactly(0L, 0L, 1L, 1L);
		assertThat(hourCount(b, 505)).as("no hourly data in B's gap").isNull();
		assertFigures(a, aBefore);
		assertFigures(b, bAll);
		assertThat(report()).isEqualTo(reportBefore);

		// Late: a minute in the gap; 4 valid minutes lift hour 101 to 75 %; 5 invalid ones sink hour 300;
		// a valid hourly value judges hour 103 (all minutes F) valid; B's gap gets an hourly value.
		List<Object[]> late = new ArrayList<>();
		late.add(reading(a, "HOUR", hour(103), "w01018", "N", false));
		late.add(minute(a, 30, 0, "w01018", "N"));
		for (int i = 0; i < 4; i++) {
			late.add(minute(a, 101, 5 + 10 * i, "w01018", "N"));
		}
		for (int i = 0; i < 5; i++) {
			late.add(minute(a, 300, 5 + 10 * i, "w01018", "D"));
		}
		storeLate(a, late);
		storeLate(b, List.<Object[]>of(reading(b, "HOUR", hour(505), "w01018", "N", false)));
		DeviceTransmission aAfter = new DeviceTransmission(a, "2026-06", 720, 697, 694, 96.39, 30, 29, 0, 0);
		DeviceTransmission bAfter = new DeviceTransmission(b, "2026-06", 360, 351, 350, 97.22, 15, 14, 0, 0);

		assertFigures(a, aAfter);
		assertFigures(b, bAfter);
		String reportAfter = report();
		assertThat(reportAfter).isNotEqualTo(reportBefore);

		List<Instant> stale = template().execute((ConnectionCallback<List<Instant>>) HourCounts::staleHours);
		assertThat(stale).contains(hour(30), hour(101), hour(103), hour(300), hour(505));
		stale.forEach(this::count);

		assertThat(hourCount(a, 101)).containsExactly(16L, 4L, 0L, 0L);
		assertThat(hourCount(a, 300)).containsExactly(17L, 5L, 0L, 0L);
		assertThat(hourCount(a, 30)).containsExactly(1L, 0L, 0L, 0L);
		assertThat(hourCount(a, 103)).containsExactly(12L, 12L, 1L, 0L);
		assertThat(hourCount(b, 505)).containsExactly(0L, 0L, 1L, 0L);
		assertThat(template().execute((ConnectionCallback<List<Instant>>) HourCounts::staleHours)).isEmpty();
		assertFigures(a, aAfter);
		assertFigures(b, bAfter);
		assertThat(report()).isEqualTo(reportAfter);

		// The counts set aside: the readings give the same.
		jdbc().sql("DELETE FROM counted_hour WHERE hour_start >= ? AND hour_start < ?")
			.params(utc(FROM), utc(hour(720)))
			.update();
		assertFigures(a, aAfter);
		assertFigures(b, bAfter);
		assertThat(report()).isEqualTo(reportAfter);
	}

	@Test
	void readingsOfAnHourNotYetCountedAreReadAsTheyAre() {
		String a = device(FROM.minus(Duration.ofDays(1)));
		String b = device(FROM.plus(Duration.ofDays(15)));
		insert(monthOfA(a));
		insert(monthOfB(b));
		countTheMonth();
		// As if the job had not reached the last two days and a day in the middle.
		jdbc().sql("DELETE FROM counted_hour WHERE (hour_start >= ? AND hour_start < ?) OR hour_start >= ?")
			.params(utc(hour(96)), utc(hour(120)), utc(hour(672)))
			.update();
		jdbc().sql("DELETE FROM hour_count WHERE mn IN (?, ?) AND hour_start >= ?").params(a, b, utc(hour(672))).update();

		assertFigures(a, new DeviceTransmission(a, "2026-06", 720, 696, 692, 96.11, 30, 29, 0, 0));
		assertFigures(b, new DeviceTransmission(b, "2026-06", 360, 350, 349, 96.94, 15, 14, 0, 0));
	}

	/** Both ways the report asks: one device, and every device. */
	void assertFigures(String mn, DeviceTransmission expected) {
		assertThat(rates().of(mn, JUNE)).contains(expected);
		assertThat(rates().measure(JUNE, null).stream().map(TransmissionRates.Measured::transmission)
			.filter(t -> t.mn().equals(mn))).containsExactly(expected);
	}

	/**
	 * A: minute data only, two factors every 10 minutes (12 readings an hour), all valid but: day 2
	 * (hours 24–47) missing; hour 100 with 3 of 12 invalid (75 %: valid); 101 with 4 (invalid); 102
	 * flagged t, none and blank (valid); 103 all F (invalid); 200 an hourly N beside invalid minutes
	 * (valid, the hourly value judges); 201 an hourly D beside valid minutes (invalid); 202 a derived
	 * hourly N beside 4 invalid minutes (not the device's: the minutes judge, invalid). 720 expected,
	 * 696 received, 692 valid; day 2 is the invalid day.
	 */
	List<Object[]> monthOfA(String a) {
		List<Object[]> rows = new ArrayList<>();
		for (int h = 0; h < 720; h++) {
			if (h >= 24 && h < 48) {
				continue;
			}
			int n = 0;
			for (int m = 0; m < 60; m += 10) {
				for (String factor : List.of("w01018", "w00000")) {
					int invalid = switch (h) {
						case 100 -> 3;
						case 101, 202 -> 4;
						case 103, 200 -> 12;
						default -> 0;
					};
					String flag = n < invalid ? (h == 103 ? "F" : h == 101 ? "M" : "D")
							: h == 102 ? new String[] { "t", null, " " }[n % 3] : "N";
					rows.add(minute(a, h, m, factor, flag));
					n++;
				}
			}
		}
		rows.add(reading(a, "HOUR", hour(200), "w01018", "N", false));
		rows.add(reading(a, "HOUR", hour(201), "w01018", "D", false));
		rows.add(reading(a, "HOUR", hour(202), "w01018", "N", true));
		return rows;
	}

	/**
	 * B, registered on 16 June: hourly data only from then, hours 500–509 missing and 600 flagged C;
	 * 360 expected, 350 received, 349 valid; of 15 days, the one of hours 504–527 has 18 valid hours.
	 */
	List<Object[]> monthOfB(String b) {
		List<Object[]> rows = new ArrayList<>();
		for (int h = 360; h < 720; h++) {
			if (h < 500 || h > 509) {
				rows.add(reading(b, "HOUR", hour(h), "w01018", h == 600 ? "C" : "N", false));
			}
		}
		return rows;
	}

	void countTheMonth() {
		for (int h = 0; h < 720; h++) {
			count(hour(h));
		}
	}

	/** What the hourly job does for the hour's readings, in its transaction. */
	void count(Instant hour) {
		transactions().executeWithoutResult(status -> template()
			.execute((ConnectionCallback<Integer>) c -> HourCounts.countHour(c, hour, Instant.now())));
	}

	/** Minutes, invalid minutes, hourly values, invalid hourly values counted for the device-hour. */
	List<Long> hourCount(String mn, int h) {
		return jdbc().sql("""
				SELECT minutes, minutes_invalid, hourly, hourly_invalid FROM hour_count WHERE mn = ? AND hour_start = ?""")
			.params(mn, utc(hour(h)))
			.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.optional()
			.orElse(null);
	}

	void insert(List<Object[]> rows) {
		template().batchUpdate("""
				INSERT INTO reading (mn, period, data_time, factor_code, avg_value, data_flag, received_at, derived)
				VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)""", rows);
	}

	static Object[] minute(String mn, int h, int minute, String factor, String flag) {
		return reading(mn, "MINUTE", hour(h).plus(Duration.ofMinutes(minute)), factor, flag, false);
	}

	static Object[] reading(String mn, String period, Instant at, String factor, String flag, boolean derived) {
		return new Object[] { mn, period, Timestamp.from(at), factor, BigDecimal.TEN, flag, derived };
	}

	static Instant hour(int h) {
		return FROM.plus(Duration.ofHours(h));
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	static String newMn() {
		return "MC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

}

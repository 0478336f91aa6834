package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code reading}'s partitions on PostgreSQL: where readings land, and retention by whole partitions. */
@IntegrationTest
class ReadingRetentionTests {

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	ReadingRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final LocalDate today = LocalDate.now(ReadingPartitions.ZONE);

	@Test
	void readingsOfSeveralMonthsLandInTheirMonthsPartitionsAndARepeatIsStoredOnce() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		LocalDate threeMonthsAgo = today.minusMonths(3).withDayOfMonth(15);
		retention.maintain(threeMonthsAgo);
		Instant earlier = noonInChina(threeMonthsAgo);
		Instant recent = noonInChina(today.withDayOfMonth(1));

		IngestResult first = monitoring.ingest(new ReadingBatch(mn, "123456",
				List.of(reading(Period.HOUR, earlier), reading(Period.HOUR, recent), reading(Period.DAY, earlier))));
		IngestResult repeat = monitoring.ingest(new ReadingBatch(mn, "123456", List.of(reading(Period.HOUR, earlier))));

		assertThat(first.stored()).isEqualTo(3);
		assertThat(repeat.stored()).as("ON CONFLICT still finds the stored reading in its partition").isZero();
		assertThat(partitionOf(mn, Period.HOUR, earlier)).isEqualTo(ReadingPartitions.name(Period.HOUR, threeMonthsAgo));
		assertThat(partitionOf(mn, Period.HOUR, recent)).isEqualTo(ReadingPartitions.name(Period.HOUR, today));
		assertThat(partitionOf(mn, Period.DAY, earlier)).isEqualTo("reading_day_" + threeMonthsAgo.getYear());
		assertThat(monitoring.readings(mn, Period.HOUR, earlier.minusSeconds(1), recent.plusSeconds(1), 10)).hasSize(2);
	}

	@Test
	void retentionDropsAnExpiredRealTimeMonthAndKeepsMinuteAndHourDataOfThatMonth() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		LocalDate fiveMonthsAgo = today.minusMonths(5).withDayOfMonth(10);
		retention.maintain(fiveMonthsAgo);
		Instant at = noonInChina(fiveMonthsAgo);
		monitoring.ingest(new ReadingBatch(mn, "123456",
				List.of(reading(Period.RTD, at), reading(Period.MINUTE, at), reading(Period.HOUR, at))));
		String expired = ReadingPartitions.name(Period.RTD, fiveMonthsAgo);
		assertThat(partitionOf(mn, Period.RTD, at)).isEqualTo(expired);

		ReadingRetention.Outcome outcome = retention.maintain();

		assertThat(outcome.dropped()).contains(expired)
			.doesNotContain(ReadingPartitions.name(Period.MINUTE, fiveMonthsAgo),
					ReadingPartitions.name(Period.HOUR, fiveMonthsAgo));
		assertThat(jdbc.sql("SELECT to_regclass(?) IS NULL").param(expired).query(Boolean.class).single())
			.as("detached and dropped, not left detached").isTrue();
		assertThat(monitoring.readings(mn, Period.RTD, at.minusSeconds(1), at.plusSeconds(1), 10)).isEmpty();
		assertThat(monitoring.readings(mn, Period.MINUTE, at.minusSeconds(1), at.plusSeconds(1), 10)).hasSize(1);
		assertThat(monitoring.readings(mn, Period.HOUR, at.minusSeconds(1), at.plusSeconds(1), 10)).hasSize(1);
		assertThat(outcome.created()).as("this month and the next two exist already").isEmpty();
	}

	@Test
	void aMonthLeftDetachedByAStoppedRunIsDroppedByTheNextAndADetachedTableOfDataStillKeptIsLeftAlone() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		LocalDate sixMonthsAgo = today.minusMonths(6).withDayOfMonth(10);
		retention.maintain(sixMonthsAgo);
		Instant at = noonInChina(sixMonthsAgo);
		monitoring.ingest(new ReadingBatch(mn, "123456", List.of(reading(Period.RTD, at))));
		String expired = ReadingPartitions.name(Period.RTD, sixMonthsAgo);
		// A run that stopped after the first step of a drop: detached, not dropped.
		jdbc.sql("ALTER TABLE reading_rtd DETACH PARTITION " + expired).update();
		// Detached by hand, with data the hourly retention (10 years) still keeps.
		jdbc.sql("CREATE TABLE reading_hour_2099_01 (LIKE reading_hour INCLUDING ALL)").update();
		try {
			ReadingRetention.Outcome outcome = retention.maintain();

			assertThat(outcome.dropped()).contains(expired).doesNotContain("reading_hour_2099_01");
			assertThat(jdbc.sql("SELECT to_regclass(?) IS NULL").param(expired).query(Boolean.class).single()).isTrue();
			assertThat(jdbc.sql("SELECT to_regclass('reading_hour_2099_01') IS NOT NULL").query(Boolean.class).single())
				.isTrue();
		}
		finally {
			jdbc.sql("DROP TABLE IF EXISTS reading_hour_2099_01").update();
		}
	}

	@Test
	void aReadingWithoutAPartitionWaitsInTheDefaultOneAndMovesWhenItsMonthIsMade() throws SQLException {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		Instant farAhead = Instant.parse("2031-01-15T04:00:00Z");
		jdbc.sql("""
				INSERT INTO reading (mn, period, data_time, factor_code, avg_value, received_at)
				VALUES (?, 'RTD', ?, 'w01018', 7, now())""").params(mn, farAhead.atOffset(ZoneOffset.UTC)).update();
		assertThat(partitionOf(mn, Period.RTD, farAhead)).isEqualTo("reading_rtd_default");

		Instant late = noonInChina(today.minusMonths(8));
		monitoring.ingest(new ReadingBatch(mn, "123456", List.of(reading(Period.HOUR, late))));

		assertThat(retention.maintain().waitingInDefault()).as("counted (and logged)").isPositive();
		assertThat(partitionOf(mn, Period.HOUR, late)).as("late data get their month's partition")
			.isEqualTo(ReadingPartitions.name(Period.HOUR, today.minusMonths(8)));
		assertThat(partitionOf(mn, Period.RTD, farAhead)).as("beyond the months made ahead")
			.isEqualTo("reading_rtd_default");
		// As the job will when 2031 comes near (running the whole job with a future date would drop
		// today's partitions as expired).
		try (Connection connection = dataSource.getConnection()) {
			ReadingPartitions.ensureAhead(connection, Period.RTD, LocalDate.of(2030, 12, 20), 1);
		}

		assertThat(partitionOf(mn, Period.RTD, farAhead)).isEqualTo("reading_rtd_2031_01");
	}

	@Test
	void minuteCountsGoWithTheMinuteDataRetentionAndTheirCountedHoursFirst() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		Instant cutOff = today.minusYears(1).atStartOfDay(ReadingPartitions.ZONE).toInstant();
		List<Instant> expired = List.of(cutOff.minus(Duration.ofDays(3)), cutOff.minus(Duration.ofDays(2)),
				cutOff.minus(Duration.ofHours(1)));
		List<Instant> kept = List.of(cutOff, today.minusDays(10).atStartOfDay(ReadingPartitions.ZONE).toInstant());
		for (Instant hour : concat(expired, kept)) {
			OffsetDateTime at = hour.atOffset(ZoneOffset.UTC);
			jdbc.sql("INSERT INTO hour_count (mn, hour_start, minutes, minutes_invalid) VALUES (?, ?, 6, 0)")
				.params(mn, at).update();
			jdbc.sql("INSERT INTO counted_hour (hour_start, counted_at) VALUES (?, now()) ON CONFLICT DO NOTHING")
				.param(at).update();
			jdbc.sql("INSERT INTO hour_count_stale (hour_start, mn, marked_at) VALUES (?, ?, now())")
				.params(at, mn).update();
		}

		retention.maintain();

		for (String table : List.of("hour_count", "counted_hour", "hour_count_stale")) {
			assertThat(jdbc.sql("SELECT hour_start FROM " + table + " WHERE hour_start IN (?, ?, ?, ?, ?)")
				.params(concat(expired, kept).stream().map(h -> h.atOffset(ZoneOffset.UTC)).toArray())
				.query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant())
				.list()).as(table + ": older than a year (minute data's retention) deleted").containsOnlyOnceElementsOf(kept)
				.hasSize(2);
		}
	}

	private static List<Instant> concat(List<Instant> a, List<Instant> b) {
		List<Instant> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private String partitionOf(String mn, Period period, Instant at) {
		return jdbc.sql("SELECT tableoid::regclass::text FROM reading WHERE mn = ? AND period = ? AND data_time = ?")
			.params(mn, period.name(), at.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.single();
	}

	private static Instant noonInChina(LocalDate day) {
		return day.atTime(12, 0).atZone(ReadingPartitions.ZONE).toInstant();
	}

	private static Reading reading(Period period, Instant at) {
		return new Reading("w01018", period, at, period == Period.RTD ? BigDecimal.TEN : null,
				period == Period.RTD ? null : BigDecimal.TEN, null, null, null, null, "N");
	}

}

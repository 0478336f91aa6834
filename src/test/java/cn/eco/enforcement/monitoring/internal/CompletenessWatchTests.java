package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CompletenessWatchTests {

	@Autowired
	CompletenessWatch watch;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	AlarmApi alarms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hourWithTooFewMinuteValuesRaisesOneMissingDataAlarmAndACompleteHourClearsIt() {
		String mn = "TEST-MISS-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.WASTEWATER, "ENT-0002", null, "DW001"));
		Instant hour1 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));
		Instant hour2 = hour1.plus(Duration.ofHours(1));
		monitoring.ingest(minutes(mn, hour1, 40));
		monitoring.ingest(minutes(mn, hour2, 58));

		// The watch looks at every device; other tests' devices may have gaps in the same hours, so
		// what counts is this device's conditions.
		watch.check(hour1, hour2);
		List<Long> first = open(mn);
		watch.check(hour1, hour2);

		assertThat(first).hasSize(1);
		assertThat(open(mn)).as("still the same gap: no second alarm").isEqualTo(first);
		assertThat(raised(mn)).isOne();
		assertThat(alarms.find(open(mn).get(0)).orElseThrow().description()).contains("数据缺失", "40 条");
		watch.check(hour2, hour2.plus(Duration.ofHours(1)));
		assertThat(open(mn)).as("58 of 60 is complete enough").isEmpty();
	}

	private long raised(String mn) {
		return jdbc.sql("SELECT COUNT(*) FROM monitoring_condition WHERE mn = ? AND condition_type = 'MISSING'")
			.param(mn).query(Long.class).single();
	}

	private List<Long> open(String mn) {
		return jdbc.sql("SELECT alarm_id FROM monitoring_condition WHERE mn = ? AND condition_type = 'MISSING' AND cleared_at IS NULL")
			.param(mn).query(Long.class).list();
	}

	private static ReadingBatch minutes(String mn, Instant hour, int count) {
		List<Reading> readings = new ArrayList<>();
		for (int m = 0; m < count; m++) {
			readings.add(new Reading("w01018", Period.MINUTE, hour.plus(Duration.ofMinutes(m)), null,
					BigDecimal.valueOf(20 + m % 3), null, null, null, null, "N"));
		}
		return new ReadingBatch(mn, "123456", readings);
	}

}

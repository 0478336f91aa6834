package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
class OfflineWatchTests {

	@Autowired
	OfflineWatch watch;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	AlarmApi alarms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void silentDeviceRaisesOneOfflineAlarmAndItsNextDataClearIt() {
		String mn = "TEST-OFF-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.WASTEWATER, "ENT-0001", null, "DW001"));
		Instant hour = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
		monitoring.ingest(batch(mn, hour, 20));
		jdbc.sql("UPDATE monitoring_device SET last_seen_at = ? WHERE mn = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofHours(2))), mn)
			.update();

		watch.check();
		watch.check();

		assertThat(openOffline(mn)).hasSize(1);
		long alarmId = openOffline(mn).get(0);
		assertThat(alarms.find(alarmId).orElseThrow().description()).startsWith("设备离线");
		monitoring.ingest(batch(mn, hour.plus(Duration.ofHours(1)), 21));
		assertThat(openOffline(mn)).isEmpty();
	}

	private List<Long> openOffline(String mn) {
		return jdbc.sql("""
				SELECT alarm_id FROM monitoring_condition
				WHERE mn = ? AND condition_type = 'OFFLINE' AND cleared_at IS NULL""").param(mn).query(Long.class).list();
	}

	private static ReadingBatch batch(String mn, Instant hour, double avg) {
		return new ReadingBatch(mn, "123456",
				List.of(new Reading("w01018", Period.HOUR, hour, null, BigDecimal.valueOf(avg), null, null, null, null, "N")));
	}

}

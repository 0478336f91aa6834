package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.time.OffsetDateTime;

import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The derivation on PostgreSQL (partitioned {@code reading}), what the readings API shows of it,
 * and that the transmission report does not count derived hours as transmitted.
 */
@IntegrationTest
class ReadingDerivationTests extends ReadingDerivationScenarios {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadingDerivation derivation;

	@Autowired
	MonitoringApi monitoring;

	@LocalServerPort
	int port;

	@Override
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	ReadingDerivation derivation() {
		return derivation;
	}

	@Test
	void theReadingsApiShowsWhichHourlyValuesWereDerived() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		minute(mn, "w01018", TEN, 10, null, "N");
		write(mn, "HOUR", "w01018", TEN.plus(Duration.ofHours(1)), 12, null, "N");
		derivation.deriveHour(TEN, NOW);

		var response = Http.as(port, "sunli")
			.get("/api/monitoring/devices/" + mn + "/readings?period=HOUR&from=" + TEN + "&to="
					+ TEN.plus(Duration.ofHours(2)));

		assertThat(response.status()).isEqualTo(200);
		JsonNode readings = response.json();
		assertThat(readings).hasSize(2);
		assertThat(readings.get(0).get("derived").asBoolean()).isTrue();
		assertThat(readings.get(1).get("derived").asBoolean()).as("sent by the device").isFalse();
		assertThat(readings.findValuesAsText("period")).containsOnly("HOUR");
	}

	@Test
	void derivedHoursDoNotCountAsReceivedOnceTheMinuteDataAreGone() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		jdbc.sql("UPDATE monitoring_device SET registered_at = ? WHERE mn = ?")
			.params(OffsetDateTime.parse("2026-11-01T00:00:00+08:00"), mn)
			.update();
		minute(mn, "w01018", TEN, 10, null, "N");
		write(mn, "HOUR", "w01018", TEN.plus(Duration.ofHours(1)), 12, null, "N");
		derivation.deriveHour(TEN, NOW);
		assertThat(received(mn)).as("the minute hour and the hourly hour").isEqualTo(2);

		// As when the minute partition of the month has expired (minute data: 1 year, hourly: 10).
		jdbc.sql("DELETE FROM reading WHERE mn = ? AND period = 'MINUTE'").param(mn).update();

		assertThat(received(mn)).as("the derived hour is not data the logger transmitted").isEqualTo(1);
	}

	@Test
	void theDevicesOwnHourlyValueSentLateReplacesTheDerivedOne() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		minute(mn, "w01018", TEN, 10, null, "N");
		derivation.deriveHour(TEN, NOW);
		assertThat(hourly(mn, "w01018", TEN).get("derived")).isEqualTo(true);

		IngestResult late = monitoring.ingest(new ReadingBatch(mn, "123456", List.of(new Reading("w01018", Period.HOUR,
				TEN, null, new BigDecimal("14.5"), new BigDecimal("9"), new BigDecimal("20"), null, null, "N"))));
		IngestResult again = monitoring.ingest(new ReadingBatch(mn, "123456", List.of(new Reading("w01018", Period.HOUR,
				TEN, null, new BigDecimal("99"), null, null, null, null, "N"))));

		assertThat(late.stored()).as("the logger's value is stored, not refused as a duplicate").isEqualTo(1);
		Map<String, Object> stored = hourly(mn, "w01018", TEN);
		assertThat(stored.get("derived")).isEqualTo(false);
		assertThat(decimal(stored, "avg_value")).isEqualByComparingTo("14.5");
		assertThat(again.stored()).as("what the device sent itself is never overwritten").isZero();
		assertThat(decimal(hourly(mn, "w01018", TEN), "avg_value")).isEqualByComparingTo("14.5");
	}

	private long received(String mn) {
		var response = Http.as(port, "sunli").get("/api/monitoring/devices/" + mn + "/transmission?month=2026-11");
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("receivedHours").asLong();
	}

}

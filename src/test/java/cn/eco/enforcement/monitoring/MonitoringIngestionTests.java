package cn.eco.enforcement.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MonitoringIngestionTests {

	@LocalServerPort
	int port;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	AlarmApi alarms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.eco.enforcement.evidence.EvidenceApi evidence;

	@Test
	void exceedanceRaisesOneAlarmWhileItLastsAndClearsWhenDataAreNormal() {
		String mn = newWastewaterDevice("ENT-0001");
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(10));

		IngestResult first = monitoring.ingest(batch(mn, hourly("w01018", hour, 68)));
		IngestResult second = monitoring.ingest(batch(mn, hourly("w01018", hour.plus(Duration.ofHours(1)), 72)));
		monitoring.ingest(batch(mn, hourly("w01018", hour.plus(Duration.ofHours(2)), 31)));
		IngestResult again = monitoring.ingest(batch(mn, hourly("w01018", hour.plus(Duration.ofHours(3)), 66)));

		assertThat(first.alarmIds()).hasSize(1);
		assertThat(second.alarmIds()).as("still the same exceedance: no alarm storm").isEmpty();
		assertThat(again.alarmIds()).as("a new exceedance after a normal hour").hasSize(1);
		AlarmView alarm = alarms.find(first.alarmIds().get(0)).orElseThrow();
		assertThat(alarm.sourceType()).isEqualTo(AlarmSourceType.ONLINE_MONITOR);
		assertThat(alarm.enterpriseCode()).isEqualTo("ENT-0001");
		assertThat(alarm.value()).isEqualByComparingTo("68");
		assertThat(alarm.limit()).isEqualByComparingTo("50");
		assertThat(alarm.assignee()).as("the loop dispatched it").isEqualTo("wangqiang");
		assertThat(alarm.description()).startsWith("超标");
	}

	@Test
	void sameDataSentTwiceIsStoredOnce() {
		String mn = newWastewaterDevice("ENT-0001");
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));

		IngestResult first = monitoring.ingest(batch(mn, hourly("w01018", hour, 20)));
		IngestResult repeat = monitoring.ingest(batch(mn, hourly("w01018", hour, 20)));

		assertThat(first.stored()).isEqualTo(1);
		assertThat(repeat.stored()).isZero();
		assertThat(monitoring.readings(mn, hour.minusSeconds(1), hour.plusSeconds(1), 10)).hasSize(1);
	}

	@Test
	void ambientStationIsJudgedByTheThresholdInForceOnTheDayOfTheData() {
		String mn = "TEST-AQ-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.AMBIENT_AIR, null, "ST-MZ", null));
		Instant before2026 = Instant.parse("2025-06-01T02:00:00Z");
		Instant after = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

		assertThat(monitoring.ingest(batch(mn, hourly("a34004", before2026, 70))).alarmIds()).as("70 < 75 in 2025").isEmpty();
		assertThat(monitoring.ingest(batch(mn, hourly("a34004", after, 70))).alarmIds()).as("70 > 60 since 2026-03-01")
			.hasSize(1);
	}

	@Test
	void httpReadingsNeedAKnownDeviceAndItsPasswordAndNameBadFields() {
		String mn = newWastewaterDevice("ENT-0002");
		Http platform = Http.as(port, "monitor");
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

		var ok = platform.post("/api/monitoring/readings", """
				{"mn": "%s", "password": "123456", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 23.5, "flag": "N"}]}""".formatted(mn, now));
		var wrongPassword = platform.post("/api/monitoring/readings", """
				{"mn": "%s", "password": "nope", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 23.5}]}""".formatted(mn, now));
		var unknown = platform.post("/api/monitoring/readings", """
				{"mn": "NO-SUCH-DEVICE", "password": "123456", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 23.5}]}""".formatted(now));
		var bad = platform.post("/api/monitoring/readings", """
				{"mn": "%s", "password": "123456", "readings": [
				  {"factorCode": "w01018", "dataTime": "%s", "avg": 1}, {"period": "HOUR", "avg": 1}]}""".formatted(mn, now));
		var tooLarge = platform.post("/api/monitoring/readings", """
				{"mn": "%s", "password": "123456", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 1E+20}]}""".formatted(mn,
				Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));

		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().get("stored").asInt()).isEqualTo(1);
		assertThat(wrongPassword.status()).isEqualTo(403);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("readings[0].period",
				"readings[1].factorCode");
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.json().get("errors").findValuesAsText("message")).singleElement()
			.asString()
			.contains("数值超出范围", "Avg=1E+20");
		assertThat(monitoring.readings(mn, Instant.now().minus(3, ChronoUnit.HOURS), Instant.now().plusSeconds(60), 10))
			.as("only the good reading is stored").hasSize(1);
		assertThat(Http.anonymous(port).post("/api/monitoring/readings", "{}").status()).isEqualTo(401);
	}

	@Test
	void httpReadingsTheReadingsTableCannotHoldOrWithAnImplausibleDataTimeAreRefusedByField() {
		String mn = newWastewaterDevice("ENT-0002");
		Http platform = Http.as(port, "monitor");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String hourAgo = now.minus(1, ChronoUnit.HOURS).toString();

		var bad = platform.post("/api/monitoring/readings", """
				{"mn": "%s", "password": "123456", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 20.0, "flag": "NNNNN"},
				  {"factorCode": "w01018abcdefghijklmnopq", "period": "HOUR", "dataTime": "%s", "avg": 20.0},
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "2004-12-31T23:59:59+08:00", "avg": 20.0},
				  {"factorCode": "w01018", "period": "RTD", "dataTime": "%s", "rtd": 20.0},
				  {"factorCode": "w21003", "period": "HOUR", "dataTime": "%s", "avg": 1.2, "flag": "N"}]}"""
			.formatted(mn, hourAgo, hourAgo, now.plus(3, ChronoUnit.HOURS), hourAgo));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("readings[0].flag",
				"readings[1].factorCode", "readings[2].dataTime", "readings[3].dataTime");
		assertThat(bad.json().get("errors").findValuesAsText("message")).containsExactly("最长 4 个字符", "最长 20 个字符",
				"必须填写，须不早于 2005-01-01，且不得超前当前时间 120 分钟以上",
				"必须填写，须不早于 2005-01-01，且不得超前当前时间 120 分钟以上");
		assertThat(monitoring.readings(mn, Instant.parse("2000-01-01T00:00:00Z"), now.plus(1, ChronoUnit.DAYS), 10))
			.as("the batch is taken whole or not at all").isEmpty();

		// The bounds themselves are taken: a four-character flag, 2005-01-01 China time, an hour ahead.
		var edges = platform.post("/api/monitoring/readings", """
				{"mn": "%s", "password": "123456", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 20.0, "flag": "NNNN"},
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "2005-01-01T00:00:00+08:00", "avg": 20.0},
				  {"factorCode": "w01018", "period": "RTD", "dataTime": "%s", "rtd": 20.0}]}"""
			.formatted(mn, hourAgo, now.plus(1, ChronoUnit.HOURS)));
		assertThat(edges.status()).isEqualTo(200);
		assertThat(edges.json().get("stored").asInt()).isEqualTo(3);
	}

	@Test
	void devicesAreRegisteredBySupervisorsAndReadingsQueriedByTimeRange() {
		Http supervisor = Http.as(port, "sunli");
		String mn = "TEST-REG-" + UUID.randomUUID().toString().substring(0, 8);

		var created = supervisor.post("/api/monitoring/devices", """
				{"mn": "%s", "password": "654321", "kind": "FLUE_GAS", "enterpriseCode": "ENT-0009",
				 "outlet": "DA002", "limits": [{"factorCode": "a21026", "limit": 35, "unit": "mg/m³"}]}""".formatted(mn));
		var byInspector = Http.as(port, "wangqiang").post("/api/monitoring/devices", """
				{"mn": "X", "password": "1", "kind": "FLUE_GAS", "enterpriseCode": "ENT-0009"}""");
		var invalid = supervisor.post("/api/monitoring/devices", """
				{"mn": "", "kind": "WASTEWATER", "enterpriseCode": "ENT-0009", "stationCode": "ST-MZ"}""");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().has("password")).isFalse();
		assertThat(byInspector.status()).isEqualTo(403);
		assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("mn", "password", "enterpriseCode");
		Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
		monitoring.ingest(new ReadingBatch(mn, "654321", List.of(new Reading("a21026", Period.HOUR, t, null,
				new BigDecimal("12"), null, null, new BigDecimal("14"), null, "N"))));
		JsonNode readings = Http.as(port, "zhoumin")
			.get("/api/monitoring/devices/" + mn + "/readings?from=" + t.minusSeconds(60) + "&to=" + t.plusSeconds(60))
			.json();
		assertThat(readings.findValuesAsText("factorCode")).containsExactly("a21026");
		assertThat(Http.as(port, "zhoumin").get("/api/monitoring/stations").json().findValuesAsText("code")).contains("ST-TZW");
	}

	@Test
	void stationExceedanceIsTracedToTheUpwindSourceWhoseInspectorIsDispatched() {
		String mn = "TEST-AQ-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.AMBIENT_AIR, null, "ST-TZW", null));
		double windFrom = 112; // ENT-0001 lies 1.8 km east-south-east of 台子湾路站
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(30));
		for (int h = 0; h < 24; h++) {
			monitoring.ingest(batch(mn, stationHour(start.plus(Duration.ofHours(h)), 28 + h % 5, windFrom)));
		}

		IngestResult spike = monitoring.ingest(batch(mn, stationHour(start.plus(Duration.ofHours(24)), 95, windFrom)));

		assertThat(spike.alarmIds()).hasSize(1);
		AlarmView alarm = alarms.find(spike.alarmIds().get(0)).orElseThrow();
		assertThat(alarm.stationCode()).isEqualTo("ST-TZW");
		assertThat(alarm.suspectedSources()).isNotEmpty();
		assertThat(alarm.suspectedSources().get(0).enterpriseCode()).isEqualTo("ENT-0001");
		assertThat(alarm.suspectedSources().get(0).explanation()).contains("km");
		double top = alarm.suspectedSources().get(0).score();
		assertThat(alarm.suspectedSources()).filteredOn(s -> s.enterpriseCode().equals("ENT-0004"))
			.as("a nearby food plant with no air emissions scores far lower")
			.allSatisfy(s -> assertThat(s.score()).isLessThan(top / 2));
		assertThat(alarm.assignee()).as("responsible inspector of the top source").isEqualTo("wangqiang");
	}

	@Test
	void aTreatmentFacilityStoppedForFifteenMinutesWhileProductionRunsRaisesOneElectricityAlarmWithThePowerCurves() {
		String mn = "TEST-EL-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.ELECTRICITY, "ENT-0003", null, "用电监控"));
		String line = "PL-" + mn.substring(8);
		String collector = "TF-" + mn.substring(8);
		monitoring.registerFacility("ENT-0003", new Facility(line, "喷涂线", FacilityKind.PRODUCTION, mn, "d20405",
				BigDecimal.TEN, "A", List.of()));
		monitoring.registerFacility("ENT-0003", new Facility(collector, "RTO 焚烧炉", FacilityKind.TREATMENT, mn, "d30406",
				BigDecimal.ONE, "A", List.of(line)));
		Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30));

		IngestResult running = monitoring.ingest(batch(mn, power(t, 120, 35)));
		List<Long> whileShort = new java.util.ArrayList<>();
		for (int minute = 1; minute <= 15; minute++) {
			whileShort.addAll(monitoring.ingest(batch(mn, power(t.plusSeconds(60L * minute), 118, 0.2))).alarmIds());
		}
		IngestResult fifteenMinutes = monitoring.ingest(batch(mn, power(t.plusSeconds(60 * 16), 121, 0.1)));
		IngestResult stillOff = monitoring.ingest(batch(mn, power(t.plusSeconds(60 * 17), 119, 0.1)));

		assertThat(running.alarmIds()).isEmpty();
		assertThat(whileShort).as("a stop shorter than 15 minutes is no finding").isEmpty();
		assertThat(fifteenMinutes.alarmIds()).hasSize(1);
		assertThat(stillOff.alarmIds()).as("the same stop: no second alarm").isEmpty();
		AlarmView alarm = alarms.find(fifteenMinutes.alarmIds().get(0)).orElseThrow();
		assertThat(alarm.sourceType()).isEqualTo(AlarmSourceType.ELECTRICITY);
		assertThat(alarm.description()).startsWith("治污设施未同步运行").contains("停运 15 分钟").contains("喷涂线");
		assertThat(evidence.of(alarm.id())).singleElement().satisfies(chart -> {
			assertThat(chart.contentType()).isEqualTo("image/svg+xml");
			assertThat(chart.picture()).isTrue();
			assertThat(new String(evidence.thumbnail(chart).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
				.as("both power curves").contains("d20405").contains("d30406").containsPattern("(<polyline[^>]*points=\"[^\"]+\"[\\s\\S]*){2}");
		});
	}

	private static List<Reading> power(Instant at, double production, double treatment) {
		return List.of(new Reading("d20405", Period.RTD, at, BigDecimal.valueOf(production), null, null, null, null, null, "N"),
				new Reading("d30406", Period.RTD, at, BigDecimal.valueOf(treatment), null, null, null, null, null, "N"));
	}

	private static List<Reading> stationHour(Instant at, double pm25, double windFrom) {
		return List.of(hourly("a34004", at, pm25).get(0), hourly("a34002", at, 60 + pm25 % 5).get(0),
				hourly("a01008", at, windFrom).get(0), hourly("a01007", at, 2.5).get(0));
	}

	private String newWastewaterDevice(String enterpriseCode) {
		return TestDevices.wastewaterAt(monitoring, enterpriseCode);
	}

	private static ReadingBatch batch(String mn, List<Reading> readings) {
		return new ReadingBatch(mn, "123456", readings);
	}

	private static List<Reading> hourly(String factor, Instant at, double avg) {
		return List.of(new Reading(factor, Period.HOUR, at, null, BigDecimal.valueOf(avg), null, null, null, null, "N"));
	}

}

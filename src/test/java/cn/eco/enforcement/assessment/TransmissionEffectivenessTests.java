package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.assessment.statistics.MonitoringStatistics;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.support.OmContractFixtures;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data-transmission effectiveness (传输有效率): a device's month from its stored readings, the report
 * per branch bureau and for the city with its CSV and XLSX files, the finding for a device under the
 * threshold, the map layer, and who may read it.
 */
@IntegrationTest
class TransmissionEffectivenessTests {

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	MonitoringStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@Test
	void aDevicesMonthCountsMissingAndInvalidHoursAndItsExceedancesVerifiedInTime() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String mn = deviceRegisteredOn(unit, "2026-09-30T00:00:00+08:00");
		Instant from = start(OCTOBER);
		List<Integer> ingested = List.of(346, 347, 348, 512, 513, 590, 591);
		List<Object[]> rows = new ArrayList<>();
		for (int h = 0; h < 744; h++) {
			boolean missing = (h >= 48 && h <= 57) || (h >= 216 && h < 240); // day 3, 00–09; all of day 10
			if (missing || ingested.contains(h) || h == 456 || h == 457) {
				continue;
			}
			String cod = (h >= 96 && h <= 101) ? "M" : h == 132 ? "C" : h == 147 ? "D" : h == 172 ? "T" : h == 241 ? null : "N";
			rows.add(row(mn, "HOUR", from.plus(Duration.ofHours(h)), "w01018", 30 + h % 7, cod));
			rows.add(row(mn, "HOUR", from.plus(Duration.ofHours(h)), "w00000", 12 + h % 5, h == 198 ? "B" : "N"));
		}
		// Day 20, 00:00 and 01:00: minute data only; the second hour has 20 of 60 values flagged D.
		for (int minute = 0; minute < 60; minute++) {
			rows.add(row(mn, "MINUTE", from.plus(Duration.ofHours(456).plusMinutes(minute)), "w01018", 30, "N"));
			rows.add(row(mn, "MINUTE", from.plus(Duration.ofHours(457).plusMinutes(minute)), "w01018", 30,
					minute < 20 ? "D" : "N"));
		}
		// Outside the month: neither counts.
		rows.add(row(mn, "HOUR", from.minus(Duration.ofHours(1)), "w01018", 30, "N"));
		rows.add(row(mn, "HOUR", start(OCTOBER.plusMonths(1)), "w01018", 30, "N"));
		// Three exceedances through detection, in time order before the rest is stored (detection judges
		// the newest value): each raises an alarm and is cleared by the next normal hour.
		ingest(mn, from, 346, "60");
		ingest(mn, from, 347, "61");
		ingest(mn, from, 348, "31");
		ingest(mn, from, 512, "62");
		ingest(mn, from, 513, "30");
		ingest(mn, from, 590, "63");
		ingest(mn, from, 591, "32");
		store(rows);
		List<Long> exceedances = jdbc.sql("""
				SELECT alarm_id FROM monitoring_condition WHERE mn = ? AND condition_type = 'EXCEEDANCE' ORDER BY since""")
			.param(mn).query(Long.class).list();
		assertThat(exceedances).hasSize(3);
		handle(exceedances.get(0), Duration.ZERO);
		handle(exceedances.get(1), Duration.ofDays(30)); // handled a month later: past its deadline
		// the third is still waiting to be signed for

		var response = Http.as(port, "sunli").get("/api/monitoring/devices/" + mn + "/transmission?month=2026-10");

		assertThat(response.status()).isEqualTo(200);
		JsonNode t = response.json();
		assertThat(t.get("mn").asText()).isEqualTo(mn);
		assertThat(t.get("month").asText()).isEqualTo("2026-10");
		assertThat(t.get("expectedHours").asLong()).as("31 days × 24 h").isEqualTo(744);
		assertThat(t.get("receivedHours").asLong()).as("744 less 10 + 24 missing hours").isEqualTo(710);
		assertThat(t.get("validHours").asLong()).as("710 less M×6, C, D, flow B, minutes under 75 % valid")
			.isEqualTo(700);
		assertThat(t.get("effectiveRate").asDouble()).isEqualTo(94.09); // 700 ÷ 744
		assertThat(t.get("expectedDays").asLong()).isEqualTo(31);
		assertThat(t.get("validDays").asLong()).as("days 3, 5 and 10 have fewer than 20 valid hours").isEqualTo(28);
		assertThat(t.get("exceedances").asLong()).isEqualTo(3);
		assertThat(t.get("verifiedOnTime").asLong()).isEqualTo(1);
	}

	@Test
	void theReportSumsEachBranchAndTheCityAndADeviceUnderTheThresholdGetsOneFinding() throws Exception {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String full = deviceRegisteredOn(unit, "2026-09-01T00:00:00+08:00");
		String late = deviceRegisteredOn(unit, "2026-10-16T00:00:00+08:00"); // 16 days, 384 hours expected
		Instant from = start(OCTOBER);
		List<Object[]> rows = new ArrayList<>();
		for (int h = 0; h < 744; h++) {
			rows.add(row(full, "HOUR", from.plus(Duration.ofHours(h)), "w01018", 30 + h % 7, "N"));
			if (h >= 14 * 24 && h < 28 * 24) { // days 15–28: day 15 is before its registration, 13 days count
				rows.add(row(late, "HOUR", from.plus(Duration.ofHours(h)), "w01018", 30 + h % 7, "N"));
			}
		}
		store(rows);
		String company = OmContractFixtures.underContract(jdbc, late);
		jdbc.sql("""
				UPDATE enterprise SET longitude = 112.14, latitude = 32.04
				WHERE code = (SELECT enterprise_code FROM monitoring_device WHERE mn = ?)""")
			.param(late).update();
		Http supervisor = Http.as(port, "sunli");

		JsonNode report = supervisor.get("/api/statistics/monitoring?month=2026-10").json();

		JsonNode branch = unitOf(report.get("branches"), unit.branch());
		assertThat(branch.get("devices").asInt()).isEqualTo(2);
		assertThat(branch.get("averageRate").asDouble()).isEqualTo(90.63); // (100 + 312 ÷ 384 = 81.25) ÷ 2
		assertThat(branch.get("lowestRate").asDouble()).isEqualTo(81.25);
		assertThat(branch.get("underThreshold").asInt()).isEqualTo(1);
		assertThat(report.get("threshold").asDouble()).isEqualTo(90.0);
		JsonNode city = report.get("city");
		assertThat(city.get("unitName").asText()).isEqualTo("全市");
		int devices = 0;
		for (JsonNode b : report.get("branches")) {
			devices += b.get("devices").asInt();
		}
		assertThat(city.get("devices").asInt()).as("the city is the sum of its branch bureaus").isEqualTo(devices)
			.isGreaterThanOrEqualTo(2);
		assertThat(report.get("underThreshold").findValuesAsText("mn")).contains(late).doesNotContain(full);

		// CSV and XLSX: Chinese headers and the branch's row.
		byte[] csv = download(supervisor, "/api/statistics/monitoring?month=2026-10&format=csv", "text/csv");
		List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).isEqualTo("单位代码,单位,设备数,平均传输有效率(%),最低传输有效率(%),低于阈值设备数,"
				+ "未销号运维问题：设备故障,未销号运维问题：运维不规范,未销号运维问题：数据异常,未销号运维问题：疑似弄虚作假");
		assertThat(lines).contains(unit.branch() + "," + branch.get("unitName").asText() + ",2,90.63,81.25,1,0,0,0,0");
		assertThat(lines.get(lines.size() - 1)).startsWith("ALL,全市," + devices + ",");
		byte[] xlsx = download(supervisor, "/api/statistics/monitoring?month=2026-10&format=xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("自动监控数据传输有效率月报（2026-10）");
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("平均传输有效率(%)");
			Row row = null;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				if (format.formatCellValue(sheet.getRow(r).getCell(0)).equals(unit.branch())) {
					row = sheet.getRow(r);
				}
			}
			assertThat(row).isNotNull();
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(90.63);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(81.25);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1);
		}

		// The closed month tells the shortfall; told twice, the device still has one finding.
		assertThat(statistics.reportShortfalls(OCTOBER)).isGreaterThanOrEqualTo(1);
		statistics.reportShortfalls(OCTOBER);
		List<Map<String, Object>> findings = jdbc.sql("SELECT * FROM om_finding WHERE mn = ? AND transmission_month = '2026-10'")
			.param(late).query().listOfRows();
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0)).containsEntry("finding_class", "DATA_ANOMALY").containsEntry("status", "OPEN");
		assertThat((String) findings.get(0).get("note")).contains("81.25%", "384", "312");
		String instance = (String) findings.get(0).get("process_instance_id");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM om_finding WHERE mn = ?").param(full).query(Integer.class).single())
			.as("a device above the threshold gets none").isZero();
		assertThat(company).isNotBlank();

		// This month's report counts the finding as open; the map shows the device of last month.
		JsonNode now = supervisor.get("/api/statistics/monitoring").json();
		assertThat(unitOf(now.get("branches"), unit.branch()).get("openDataAnomalies").asLong()).isEqualTo(1);
		JsonNode markers = supervisor.get("/api/map/markers?types=LOW_TRANSMISSION").json();
		// Last month neither device sent anything (0 %); only the firm with a place is drawn.
		assertThat(markers.findValuesAsText("id")).contains(late).doesNotContain(full);
		assertThat(markers.findValuesAsText("type")).containsOnly("LOW_TRANSMISSION");
	}

	@Test
	void enterprisesAndThePublicMayNotReadItAndBadMonthsOrDevicesAreRefused() {
		String path = "/api/monitoring/devices/XY-WW-0001-01/transmission?month=2026-10";
		assertThat(Http.as(port, "ent0001").get(path).status()).isEqualTo(403);
		assertThat(Http.as(port, "ent0001").get("/api/statistics/monitoring?month=2026-10").status()).isEqualTo(403);
		assertThat(Http.as(port, "wangqiang").get("/api/statistics/monitoring?month=2026-10").status())
			.as("inspectors are assessed, they do not read the statistics").isEqualTo(403);
		assertThat(Http.anonymous(port).get(path).status()).isEqualTo(401);
		assertThat(Http.as(port, "sunli").get(path).status()).isEqualTo(200);

		for (String bad : List.of("2026-13", "2026-1", "oct", YearMonth.now(clock).plusMonths(1).toString())) {
			var device = Http.as(port, "sunli").get("/api/monitoring/devices/XY-WW-0001-01/transmission?month=" + bad);
			assertThat(device.status()).isEqualTo(400);
			assertThat(device.json().toString()).contains("month");
			assertThat(Http.as(port, "sunli").get("/api/statistics/monitoring?month=" + bad).status()).isEqualTo(400);
		}
		var format = Http.as(port, "sunli").get("/api/statistics/monitoring?month=2026-10&format=pdf");
		assertThat(format.status()).isEqualTo(400);
		assertThat(format.json().toString()).contains("format");
		var unknown = Http.as(port, "sunli").get("/api/monitoring/devices/NO-SUCH-DEVICE/transmission?month=2026-10");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).contains("problem+json");
	}

	private String deviceRegisteredOn(OwnUnit unit, String registeredAt) {
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), null);
		String mn = TestDevices.wastewaterAt(monitoring, firm);
		jdbc.sql("UPDATE monitoring_device SET registered_at = ? WHERE mn = ?")
			.params(OffsetDateTime.parse(registeredAt), mn)
			.update();
		return mn;
	}

	private Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	private static Object[] row(String mn, String period, Instant at, String factor, double value, String flag) {
		return new Object[] { mn, period, Timestamp.from(at), factor, BigDecimal.valueOf(value), flag };
	}

	/** Readings as the database holds them, written directly (stored readings are what is counted). */
	private void store(List<Object[]> rows) {
		template.batchUpdate("""
				INSERT INTO reading (mn, period, data_time, factor_code, avg_value, data_flag, received_at)
				VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""", rows);
	}

	private void ingest(String mn, Instant from, int hour, String cod) {
		monitoring.ingest(new ReadingBatch(mn, "123456", List.of(new Reading("w01018", Period.HOUR,
				from.plus(Duration.ofHours(hour)), null, new BigDecimal(cod), null, null, null, null, "N"))));
	}

	/** Works the alarm's loop through sign-for, handling, feedback and approval, handling after {@code delay}. */
	private void handle(long alarmId, Duration delay) {
		String instance = alarms.find(alarmId).orElseThrow().processInstanceId();
		TaskService tasks = engine.getTaskService();
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
		try {
			ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + delay.toMillis()));
			tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
					Map.of("inspectionRecord", "排口采样，数采仪数据与仪表一致", "violationFound", false));
		}
		finally {
			ClockUtil.reset();
		}
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
				Map.of("feedbackSummary", "已核实超标"));
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
				Map.of("approved", true));
	}

	private static JsonNode unitOf(JsonNode units, String code) {
		for (JsonNode unit : units) {
			if (unit.get("unit").asText().equals(code)) {
				return unit;
			}
		}
		throw new AssertionError("no row for " + code + " in " + units);
	}

	private static byte[] download(Http user, String path, String type) throws Exception {
		HttpResponse<byte[]> response = user.download(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		return response.body();
	}

}

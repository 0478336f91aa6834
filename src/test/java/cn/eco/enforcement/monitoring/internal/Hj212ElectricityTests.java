package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Electricity monitoring over a real socket (HJ 212-2025, ST=44, CN=2011): the production line's
 * current comes from one logger and its dust collector's from another; the collector stops, and
 * fifteen minutes later the inspector responsible for the firm has the alarm's loop task, with both
 * power curves as the alarm's evidence.
 */
@IntegrationTest
class Hj212ElectricityTests {

	@Autowired
	Hj212Server server;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EvidenceApi evidence;

	@Autowired
	TaskService tasks;

	@Test
	void aTreatmentFacilityStopReportedOverTcpBecomesAnElectricityAlarmInTheResponsibleInspectorsTasklist()
			throws Exception {
		String lineLogger = logger();
		String collectorLogger = logger();
		String line = "PL-" + lineLogger.substring(16);
		String collector = "TF-" + collectorLogger.substring(16);
		monitoring.registerFacility("ENT-0001", new Facility(line, "冲压生产线", FacilityKind.PRODUCTION, lineLogger,
				"d20405", new BigDecimal("10"), "A", List.of()));
		monitoring.registerFacility("ENT-0001", new Facility(collector, "布袋除尘器", FacilityKind.TREATMENT,
				collectorLogger, "d30406", new BigDecimal("2"), "A", List.of(line)));
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).minusMinutes(40);

		try (Hj212TestClient lineSocket = new Hj212TestClient(server.port());
				Hj212TestClient collectorSocket = new Hj212TestClient(server.port())) {
			for (int minute = 0; minute <= 17; minute++) {
				ZonedDateTime at = start.plusMinutes(minute);
				lineSocket.send(upload(lineLogger, at, "d20405-Rtd=" + (80 + minute % 3) + ",d20405-Flag=N"));
				assertThat(lineSocket.readFrame()).contains("CN=9014");
				collectorSocket.send(upload(collectorLogger, at, "d30406-Rtd=" + (minute == 0 ? "31.5" : "0.3")
						+ ",d30406-Flag=N"));
				assertThat(collectorSocket.readFrame()).contains("CN=9014");
			}
		}

		List<AlarmView> raised = alarms.search(new AlarmQuery("ENT-0001", null, start.toOffsetDateTime(),
				start.plusMinutes(18).toOffsetDateTime(), 100))
			.stream()
			.filter(a -> a.externalId().startsWith("MON-" + collectorLogger))
			.toList();
		assertThat(raised).as("one alarm for the one stop").singleElement().satisfies(alarm -> {
			assertThat(alarm.sourceType()).isEqualTo(AlarmSourceType.ELECTRICITY);
			assertThat(alarm.observedAt().toInstant()).isEqualTo(start.plusMinutes(16).toInstant());
			assertThat(alarm.description()).startsWith("治污设施未同步运行").contains("布袋除尘器").contains("冲压生产线");
		});
		Task task = tasks.createTaskQuery().processInstanceId(raised.get(0).processInstanceId()).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_SignFor");
		assertThat(task.getAssignee()).isEqualTo("wangqiang");
		assertThat(evidence.of(raised.get(0).id())).singleElement().satisfies(chart -> {
			assertThat(chart.fileName()).isEqualTo("用电曲线-" + collector + ".svg");
			assertThat(chart.contentType()).isEqualTo("image/svg+xml");
			try (var in = evidence.open(chart)) {
				String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				assertThat(svg).contains("冲压生产线").contains("布袋除尘器").contains("运行阈值 2 A");
			}
		});
	}

	/** A 2025 logger's network code: 24 hexadecimal characters. */
	private String logger() {
		byte[] code = new byte[12];
		ThreadLocalRandom.current().nextBytes(code);
		String mn = HexFormat.of().formatHex(code).toUpperCase(Locale.ROOT);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.ELECTRICITY, "ENT-0001", null, "用电监控"));
		return mn;
	}

	private static String upload(String mn, ZonedDateTime at, String items) {
		return Hj212Messages.frame("QN=" + at.format(Hj212TestClient.QN) + ";ST=44;CN=2011;PW=123456;MN=" + mn
				+ ";Flag=9;CP=&&DataTime=" + at.format(Hj212TestClient.DATA_TIME) + ";" + items + "&&");
	}

}

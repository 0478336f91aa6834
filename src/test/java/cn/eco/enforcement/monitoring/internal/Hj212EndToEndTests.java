package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real HJ 212 bytes over a real socket, from the framer to an alarm and a task in the loop. */
@IntegrationTest
class Hj212EndToEndTests {

	@Autowired
	Hj212Server server;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	AlarmApi alarms;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hj212Rejections rejections;

	@Test
	void exceedancePacketOverTcpIsAnsweredStoredAndBecomesATaskForTheResponsibleInspector() throws Exception {
		String mn = device("ENT-0001");
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(1);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(upload(mn, "2061", hour, "w01018-Avg=72.4,w01018-Min=60.1,w01018-Max=80.2,w01018-Flag=N;w21003-Avg=1.2,w21003-Flag=N", 5));
			String answer = socket.readFrame();

			assertThat(answer).contains("CN=9014").contains("MN=" + mn).contains("QN=" + hour.format(Hj212TestClient.QN));
		}
		assertThat(monitoring.readings(mn, hour.toInstant(), hour.toInstant().plusSeconds(1), 10)).hasSize(2);
		List<AlarmView> raised = alarms.search(new AlarmQuery("ENT-0001", null, hour.toOffsetDateTime().minusSeconds(1),
				hour.toOffsetDateTime().plusSeconds(1), 10))
			.stream()
			.filter(a -> a.externalId().startsWith("MON-" + mn))
			.toList();
		assertThat(raised).singleElement().satisfies(alarm -> {
			assertThat(alarm.pollutant()).isEqualTo("w01018");
			assertThat(alarm.value()).isEqualByComparingTo("72.4");
		});
		Task task = tasks.createTaskQuery().processInstanceId(raised.get(0).processInstanceId()).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_SignFor");
		assertThat(task.getAssignee()).isEqualTo("wangqiang");
	}

	@Test
	void badPacketsAreRefusedWithoutClosingTheConnectionOrStoringAnything() throws Exception {
		String mn = device("ENT-0002");
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(2);
		String good = upload(mn, "2061", hour, "w01018-Avg=20.0,w01018-Flag=N", 5);
		String badCrc = good.substring(0, good.length() - 6) + "FFFF\r\n";
		String wrongPassword = upload(mn, "2061", hour.minusHours(1), "w01018-Avg=21.0,w01018-Flag=N", 5).replace("PW=123456",
				"PW=654321");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send("garbage\r\n" + badCrc);
			assertThat(socket.readFrame()).contains("CN=9011").contains("QnRtn=9");
			socket.send(Hj212Messages.frame(wrongPasswordSegment(wrongPassword)));
			assertThat(socket.readFrame()).contains("CN=9011").contains("QnRtn=3");
			socket.send(good.substring(0, 20));
			socket.send(good.substring(20));
			assertThat(socket.readFrame()).contains("CN=9014");
		}
		assertThat(monitoring.readings(mn, hour.toInstant().minus(Duration.ofHours(2)), hour.toInstant().plusSeconds(1), 10))
			.hasSize(1);
		assertThat(jdbc.sql("SELECT reason FROM hj212_rejection WHERE mn = ?").param(mn).query(String.class).list())
			.contains("BAD_CRC", "BAD_PASSWORD");
		assertThat(rejections.counts()).containsKeys("GARBAGE", "BAD_CRC", "BAD_PASSWORD");
	}

	@Test
	void aValueTooLargeToStoreIsRefusedWithAReasonAndTheNextPacketIsStillStored() throws Exception {
		String mn = device("ENT-0002");
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(9);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			// Twice: the first send may take the uncached path, the re-send the cached one.
			for (int attempt = 0; attempt < 2; attempt++) {
				socket.send(upload(mn, "2061", hour, "w01018-Avg=1E+20,w01018-Flag=N;w21003-Avg=1.2,w21003-Flag=N", 5));
				assertThat(socket.readFrame()).contains("CN=9011").contains("QnRtn=2");
			}
			socket.send(upload(mn, "2061", hour.plusHours(1), "w01018-Avg=999999999999.4,w01018-Flag=N", 5));
			assertThat(socket.readFrame()).contains("CN=9014");
		}

		assertThat(monitoring.readings(mn, hour.toInstant(), hour.toInstant().plus(Duration.ofHours(2)), 10))
			.singleElement()
			.satisfies(reading -> assertThat(reading.avg()).isEqualByComparingTo("999999999999.4"));
		assertThat(jdbc.sql("SELECT detail FROM hj212_rejection WHERE mn = ? AND reason = 'VALUE_OUT_OF_RANGE'")
			.param(mn)
			.query(String.class)
			.list()).hasSize(2).allSatisfy(detail -> assertThat(detail).contains("w01018-Avg=1E+20"));
	}

	@Test
	void packetsSentTogetherInOneWriteAreEachStored() throws Exception {
		String mn = device("ENT-0002");
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(6);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(upload(mn, "2061", hour, "w01018-Avg=20.0,w01018-Flag=N", 4)
					+ upload(mn, "2061", hour.plusHours(1), "w01018-Avg=22.0,w01018-Flag=N", 4)
					+ upload(mn, "2061", hour.plusHours(2), "w01018-Avg=23.0,w01018-Flag=N", 5));
			assertThat(socket.readFrame()).contains("CN=9014");
		}

		assertThat(monitoring.readings(mn, hour.toInstant(), hour.toInstant().plus(Duration.ofHours(3)), 10)).hasSize(3);
	}

	@Test
	void facilityStatesAndRestartsAreRecorded() throws Exception {
		String mn = device("ENT-0002");
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(upload(mn, "2021", now, "SB1-RS=1;SB1-RT=12.5;SB2-RS=0;SB2-RT=0", 5));
			assertThat(socket.readFrame()).contains("CN=9014");
			socket.send(Hj212Messages.frame("QN=" + now.format(Hj212TestClient.QN) + ";ST=32;CN=2081;PW=123456;MN=" + mn
					+ ";Flag=5;CP=&&DataTime=" + now.format(Hj212TestClient.DATA_TIME) + ";RestartTime=" + now.format(Hj212TestClient.DATA_TIME) + "&&"));
			assertThat(socket.readFrame()).contains("CN=9014");
		}

		assertThat(jdbc.sql("SELECT facility_code || ':' || run_state FROM facility_state WHERE mn = ? ORDER BY facility_code")
			.param(mn)
			.query(String.class)
			.list()).containsExactly("SB1:1", "SB2:0");
		assertThat(jdbc.sql("SELECT event_type FROM device_event WHERE mn = ?").param(mn).query(String.class).list())
			.containsExactly("RESTART");
	}

	@Test
	void vendorCrcVariantIsAcceptedOnlyFromDevicesAllowedToUseIt() throws Exception {
		String strict = device("ENT-0002");
		String tolerated = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase();
		monitoring.registerDevice(new RegisterDevice(tolerated, "123456", DeviceKind.WASTEWATER, "ENT-0002", null, "DW002",
				java.util.Set.of("STANDARD", "MODBUS")));
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(12);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(withModbusCrc(upload(strict, "2061", hour, "w01018-Avg=20.0,w01018-Flag=N", 5)));
			assertThat(socket.readFrame()).contains("QnRtn=9");
			socket.send(withModbusCrc(upload(tolerated, "2061", hour, "w01018-Avg=20.0,w01018-Flag=N", 5)));
			assertThat(socket.readFrame()).contains("CN=9014");
		}
	}

	private static String withModbusCrc(String frame) {
		byte[] data = frame.substring(6, frame.length() - 6).getBytes(StandardCharsets.UTF_8);
		return frame.substring(0, frame.length() - 6)
				+ String.format("%04X", cn.eco.enforcement.monitoring.hj212.CrcVariant.MODBUS.compute(data)) + "\r\n";
	}

	private String device(String enterpriseCode) {
		return TestDevices.wastewaterAt(monitoring, enterpriseCode);
	}

	private static String upload(String mn, String cn, ZonedDateTime dataTime, String items, int flag) {
		return Hj212Messages.frame(Hj212TestClient.uploadSegment(mn, cn, dataTime, items, flag));
	}

	private static String wrongPasswordSegment(String frame) {
		return frame.substring(6, frame.length() - 6);
	}

}

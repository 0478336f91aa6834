package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input that is no device number or no command is refused with an answer, counted, and nothing of
 * it stored; over HJ 212 the connection stays open for the next good packet.
 */
@IntegrationTest
class Hj212CleanRefusalTests {

	@Autowired
	Hj212Server server;

	@Autowired
	Hj212Rejections rejections;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int httpPort;

	@Test
	void anMnWithASpaceOrAQuoteIsRefusedAsAnMnErrorAndTheConnectionStaysOpen() throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		long before = count("BAD_MN");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(upload("T SPACE 1", "2061", 3));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=4", "MN=T SPACE 1");
			socket.send(upload("T\"QUOTE", "2061", 3));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=4");
			socket.send(upload(mn, "2061", 3));
			assertThat(socket.readFrame()).contains("CN=9014");
		}
		assertThat(count("BAD_MN")).isEqualTo(before + 2);
	}

	@Test
	void anMnOf65CharactersIsAnsweredWithARefusalInsteadOfAClosedConnection() throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		long before = count("BAD_MN");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(upload("M".repeat(65), "2061", 4));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=4");
			socket.send(upload(mn, "2061", 4));
			assertThat(socket.readFrame()).contains("CN=9014");
		}
		assertThat(count("BAD_MN")).isEqualTo(before + 1);
	}

	@Test
	void anUnknownCommandIsRefusedAsACnErrorAndCountedNotAcknowledged() throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		long before = count("UNKNOWN_CN");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(upload(mn, "9999", 5));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=8").doesNotContain("CN=9014");
			socket.send(upload(mn, "2061", 5));
			assertThat(socket.readFrame()).contains("CN=9014");
		}
		assertThat(count("UNKNOWN_CN")).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT reason FROM hj212_rejection WHERE mn = ?").param(mn).query(String.class).list())
			.containsExactly("UNKNOWN_CN");
	}

	@Test
	void aPacketSentWithoutItsHeaderIsAnsweredAsRefusedAndCounted() throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		String framed = upload(mn, "2061", 6);
		long before = count("NO_HEADER");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(framed.substring("##0000".length()));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2", "MN=" + mn);
			socket.send(framed);
			assertThat(socket.readFrame()).contains("CN=9014");
		}
		assertThat(count("NO_HEADER")).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT reason FROM hj212_rejection WHERE mn = ?").param(mn).query(String.class).list())
			.containsExactly("NO_HEADER");
	}

	@Test
	void aPacketTooLongForAFrameIsAnsweredAsRefusedAndCounted() throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(7);
		String items = "w01018-Avg=20.0,w01018-Flag=N;" + "w01001-Avg=7.0,w01001-Flag=N;".repeat(40);
		String tooLong = Hj212Messages.frame(Hj212TestClient.uploadSegment(mn, "2061", hour, items, 5));
		long before = count("TOO_LONG");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(tooLong);
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2", "MN=" + mn);
			socket.send(upload(mn, "2061", 7));
			assertThat(socket.readFrame()).contains("CN=9014");
		}
		assertThat(tooLong.length()).isGreaterThan(1024 + 12);
		assertThat(count("TOO_LONG")).isEqualTo(before + 1);
	}

	@Test
	void httpReadingsForAnMnThatIsNoDeviceNumberAreRefusedNamingTheField() {
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

		for (String mn : new String[] { "T SPACE 2", "T\\\"QUOTE", "M".repeat(65) }) {
			Http.Response refused = Http.as(httpPort, "monitor").post("/api/monitoring/readings", """
					{"mn": "%s", "password": "123456", "readings": [
					  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 23.5}]}""".formatted(mn, now));

			assertThat(refused.status()).as(mn).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("mn");
			assertThat(refused.json().get("errors").findValuesAsText("message")).singleElement()
				.asString()
				.contains("字母、数字");
		}
	}

	@Test
	void aDeviceWhoseMnIsNoDeviceNumberIsRefusedAndNotRegistered() {
		String mn = "T " + UUID.randomUUID().toString().substring(0, 8);

		Http.Response refused = Http.as(httpPort, "sunli").post("/api/monitoring/devices", """
				{"mn": "%s", "password": "123456", "kind": "WASTEWATER", "enterpriseCode": "ENT-0001",
				 "outlet": "DW009"}""".formatted(mn));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("mn");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM monitoring_device WHERE mn = ?").param(mn).query(Long.class).single())
			.isZero();
	}

	private static String upload(String mn, String cn, int hoursAgo) {
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(hoursAgo);
		return Hj212Messages.frame(Hj212TestClient.uploadSegment(mn, cn, hour, "w01018-Avg=20.0,w01018-Flag=N", 5));
	}

	private long count(String reason) {
		return rejections.counts().getOrDefault(reason, 0L);
	}

}

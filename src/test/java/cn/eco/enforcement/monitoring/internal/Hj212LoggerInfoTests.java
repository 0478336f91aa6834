package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.OmContractFixtures;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logger information (CN 3020) from an HJ 212-2025 logger that encrypts with SM4, over a real socket:
 * stored per device and shown to staff; a measuring range that does not reach the registered limit
 * (w01018 at 50 mg/L) raises one O&M finding when a contract covers the device, otherwise one alarm
 * 数采仪参数不一致, however often it is reported; a range that reaches the limit raises nothing and
 * clears an open difference.
 */
@IntegrationTest
class Hj212LoggerInfoTests {

	static final String KEY = Hj212EncryptedUploadTests.KEY;

	@Autowired
	Hj212Server server;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int httpPort;

	@Test
	void reportedInformationIsStoredAndShownWithItsLatestValuePerCode() throws Exception {
		String mn = register();
		ZonedDateTime first = Hj212EncryptedUploadTests.minutesAgo(20);

		send(mn, first, "PolId=w01018;i13001-Info=0-100;i13008-Info=1.02;i13004-Info=165.0");
		send(mn, first.plusMinutes(5), "PolId=w01018;i13004-Info=168.0");

		JsonNode info = Http.as(httpPort, "wangqiang").get("/api/monitoring/devices/" + mn + "/logger-info").json();
		assertThat(info).hasSize(3);
		JsonNode range = find(info, "i13001");
		assertThat(range.get("polId").asText()).isEqualTo("w01018");
		assertThat(range.get("name").asText()).isEqualTo("测量量程");
		assertThat(range.get("value").asText()).isEqualTo("0-100");
		assertThat(find(info, "i13004").get("value").asText()).as("the latest value").isEqualTo("168.0");
		assertThat(find(info, "i13004").get("receivedAt").isNull()).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM logger_info_history WHERE mn = ? AND info_id = 'i13004'").param(mn)
			.query(Integer.class).single()).as("both reports kept").isEqualTo(2);
		assertThat(alarms(mn)).as("a range reaching the limit raises nothing").isZero();
		assertThat(Http.anonymous(httpPort).get("/api/monitoring/devices/" + mn + "/logger-info").status()).isEqualTo(401);
		assertThat(Http.as(httpPort, "wangqiang").get("/api/monitoring/devices/NO-SUCH-DEVICE/logger-info").status())
			.isEqualTo(404);
	}

	@Test
	void aRangeBelowTheLimitWithoutAContractRaisesOneAlarmUntilTheLoggerAgreesAgain() throws Exception {
		String mn = register();
		ZonedDateTime at = Hj212EncryptedUploadTests.minutesAgo(30);

		send(mn, at, "PolId=w01018;i13001-Info=0~30");
		send(mn, at.plusMinutes(1), "PolId=w01018;i13001-Info=0~30");

		assertThat(alarms(mn)).as("one alarm while the difference persists").isEqualTo(1);
		assertThat(jdbc.sql("SELECT description FROM alarm WHERE external_id LIKE ?").param("MON-" + mn + "-%")
			.query(String.class).single()).startsWith("数采仪参数不一致").contains("w01018", "0~30", "50");
		assertThat(findings(mn)).isZero();

		send(mn, at.plusMinutes(2), "PolId=w01018;i13001-Info=0-200");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM monitoring_condition WHERE mn = ? AND condition_type = 'LOGGER_MISMATCH'
				AND cleared_at IS NULL""").param(mn).query(Integer.class).single()).as("cleared by an agreeing report").isZero();

		send(mn, at.plusMinutes(3), "PolId=w01018;i13001-Info=0-20");
		assertThat(alarms(mn)).as("a new difference after agreement is a new alarm").isEqualTo(2);
	}

	@Test
	void aRangeBelowTheLimitUnderAnOmContractOpensOneFindingAndNoAlarm() throws Exception {
		String mn = register();
		OmContractFixtures.underContract(jdbc, mn);
		ZonedDateTime at = Hj212EncryptedUploadTests.minutesAgo(40);

		send(mn, at, "PolId=w01018;i13001-Info=30");
		send(mn, at.plusMinutes(1), "PolId=w01018;i13001-Info=30");

		assertThat(findings(mn)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT finding_class FROM om_finding WHERE mn = ?").param(mn).query(String.class).single())
			.isEqualTo("DATA_ANOMALY");
		assertThat(alarms(mn)).isZero();
	}

	@Test
	void loggerInformationInClearFromAKeyedLoggerIsRefusedAndNotStored() throws Exception {
		String mn = register();
		ZonedDateTime at = Hj212EncryptedUploadTests.minutesAgo(50);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(Hj212Messages.frame(Hj212TestClient.uploadSegment(mn, "3020", at, "PolId=w01018;i13001-Info=0-30", 9)));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM logger_info WHERE mn = ?").param(mn).query(Integer.class).single()).isZero();
		assertThat(alarms(mn)).isZero();
	}

	private String register() {
		return Hj212EncryptedUploadTests.register(KEY, Encoding.HEX, Padding.ZERO, httpPort);
	}

	/** Sends a 3020 report encrypted as the device's logger does, and waits for its answer. */
	private void send(String mn, ZonedDateTime at, String items) throws Exception {
		String clear = Hj212TestClient.uploadSegment(mn, "3020", at, items, 9);
		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(Hj212EncryptedUploadTests.encryptedSegment(clear, KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9014", "MN=" + mn);
		}
	}

	private static JsonNode find(JsonNode info, String infoId) {
		for (JsonNode n : info) {
			if (n.get("infoId").asText().equals(infoId)) {
				return n;
			}
		}
		throw new AssertionError("no " + infoId + " in " + info);
	}

	private int alarms(String mn) {
		return jdbc.sql("SELECT COUNT(*) FROM alarm WHERE external_id LIKE ?").param("MON-" + mn + "-%")
			.query(Integer.class).single();
	}

	private int findings(String mn) {
		return jdbc.sql("SELECT COUNT(*) FROM om_finding WHERE mn = ? AND item = '数采仪参数不一致'").param(mn)
			.query(Integer.class).single();
	}

}

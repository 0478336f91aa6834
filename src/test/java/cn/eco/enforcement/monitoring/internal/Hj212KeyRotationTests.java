package cn.eco.enforcement.monitoring.internal;

import static cn.eco.enforcement.monitoring.internal.Hj212EncryptedUploadTests.KEY;
import static cn.eco.enforcement.monitoring.internal.Hj212EncryptedUploadTests.answer;
import static cn.eco.enforcement.monitoring.internal.Hj212EncryptedUploadTests.encrypted;
import static cn.eco.enforcement.monitoring.internal.Hj212EncryptedUploadTests.minutesAgo;
import static cn.eco.enforcement.monitoring.internal.Hj212EncryptedUploadTests.register;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.HexFormat;

import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.hj212.CpArea;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An encrypting logger's key as supervisors handle it: registered over HTTP (refused with the field
 * named, never echoed), kept sealed, never shown; and rotated with CN 1014 over the logger's own
 * connection, the new key in force only once the logger confirms it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class Hj212KeyRotationTests {

	@Autowired
	Hj212Server server;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int httpPort;

	@Test
	void aRegisteredKeyIsStoredSealedAndNeverShownOnlyThatTheDeviceEncrypts(CapturedOutput log) {
		String mn = register(KEY, Encoding.BASE64, Padding.PKCS7, httpPort);

		Http.Response devices = supervisor().get("/api/monitoring/devices");
		JsonNode device = device(mn);
		assertThat(device.get("encrypted").asBoolean()).isTrue();
		assertThat(device.get("sm4Encoding").asText()).isEqualTo("BASE64");
		assertThat(device.get("sm4Padding").asText()).isEqualTo("PKCS7");
		assertThat(devices.body()).doesNotContainIgnoringCase(KEY).doesNotContain("sm4Key");
		String sealed = jdbc.sql("SELECT sm4_key FROM monitoring_device WHERE mn = ?").param(mn).query(String.class).single();
		assertThat(sealed).startsWith("v1:").doesNotContainIgnoringCase(KEY);
		assertThat(log.getAll()).doesNotContainIgnoringCase(KEY);
	}

	@Test
	void aBadKeyOrAKeyForADeviceWithoutA2025MnIsRefusedNamingTheFieldWithoutEchoingIt() {
		String tooShort = KEY.substring(1);
		Http.Response badKey = supervisor().post("/api/monitoring/devices", body("0123456789ABCDEF01234567", tooShort, ""));
		Http.Response oldMn = supervisor().post("/api/monitoring/devices", body("T0000000000001", KEY, ""));
		Http.Response paddingWithoutKey = supervisor().post("/api/monitoring/devices",
				body("0123456789ABCDEF01234568", null, ", \"sm4Padding\": \"PKCS7\""));

		assertThat(badKey.status()).isEqualTo(400);
		assertThat(badKey.json().get("errors").findValuesAsText("field")).containsExactly("sm4Key");
		assertThat(badKey.body()).contains("32 位十六进制").doesNotContainIgnoringCase(tooShort);
		assertThat(oldMn.status()).isEqualTo(400);
		assertThat(oldMn.json().get("errors").findValuesAsText("field")).containsExactly("mn");
		assertThat(oldMn.body()).contains("24 位十六进制").doesNotContainIgnoringCase(KEY);
		assertThat(paddingWithoutKey.json().get("errors").findValuesAsText("field")).containsExactly("sm4Padding");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM monitoring_device WHERE mn IN ('0123456789ABCDEF01234567', "
				+ "'T0000000000001', '0123456789ABCDEF01234568')").query(Long.class).single()).isZero();
	}

	@Test
	void aRotatedKeyComesIntoForceOnlyWhenTheLoggerConfirmsIt(CapturedOutput log) throws Exception {
		String mn = register(KEY, Encoding.HEX, Padding.ZERO, httpPort);
		ZonedDateTime minute = minutesAgo(90);
		CpCipher old = new CpCipher(HexFormat.of().parseHex(KEY), Encoding.HEX, Padding.ZERO);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(encrypted(mn, minute, "w01018-Avg=20.1,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9014");

			Http.Response rotation = supervisor().post("/api/monitoring/devices/" + mn + "/key-rotation", "{}");
			assertThat(rotation.status()).isEqualTo(202);
			assertThat(rotation.json().get("status").asText()).isEqualTo("PENDING");
			String qn = rotation.json().get("qn").asText();
			String request = socket.readFrame();
			assertThat(request).contains("CN=1014", "QN=" + qn, "MN=" + mn, "PW=123456", "Flag=9");
			String segment = request.substring(6, request.length() - 6);
			String newKey = old.decrypt(CpArea.of(segment).orElseThrow().body(segment)).replaceFirst(".*NewSK=", "");
			assertThat(newKey).matches("[0-9A-F]{32}");
			assertThat(rotation.body()).doesNotContain(newKey);
			assertThat(device(mn).get("keyRotationPending").asBoolean()).isTrue();

			// Until the logger confirms, the old key stays valid (and the new one is accepted too).
			socket.send(encrypted(mn, minute.plusMinutes(1), "w01018-Avg=20.2,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9014");
			socket.send(answer(mn, qn, "9011", "QnRtn=1"));
			socket.send(answer(mn, qn, "9012", "ExeRtn=1"));
			socket.send(encrypted(mn, minute.plusMinutes(2), "w01018-Avg=20.3,w01018-Flag=N", newKey, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9014");
			socket.send(encrypted(mn, minute.plusMinutes(3), "w01018-Avg=20.4,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).as("the old key is retired").contains("CN=9011", "QnRtn=2");
			assertThat(log.getAll()).doesNotContainIgnoringCase(newKey).doesNotContainIgnoringCase(KEY);
		}

		assertThat(device(mn).get("keyRotationPending").asBoolean()).isFalse();
		assertThat(monitoring.readings(mn, minute.toInstant(), minute.plusMinutes(4).toInstant(), 10))
			.extracting(r -> r.avg().stripTrailingZeros().toPlainString())
			.containsExactly("20.1", "20.2", "20.3");
	}

	@Test
	void aLoggerThatRefusesTheNewKeyKeepsTheOldOne() throws Exception {
		String mn = register(KEY, Encoding.HEX, Padding.PKCS7, httpPort);
		ZonedDateTime minute = minutesAgo(100);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(encrypted(mn, minute, "w01018-Avg=20.1,w01018-Flag=N", KEY, Encoding.HEX, Padding.PKCS7));
			assertThat(socket.readFrame()).contains("CN=9014");
			String qn = supervisor().post("/api/monitoring/devices/" + mn + "/key-rotation", "{}").json().get("qn").asText();
			assertThat(socket.readFrame()).contains("CN=1014");
			socket.send(answer(mn, qn, "9011", "QnRtn=2"));
			socket.send(encrypted(mn, minute.plusMinutes(1), "w01018-Avg=20.2,w01018-Flag=N", KEY, Encoding.HEX, Padding.PKCS7));
			assertThat(socket.readFrame()).contains("CN=9014");
		}

		assertThat(device(mn).get("keyRotationPending").asBoolean()).isFalse();
	}

	@Test
	void aRotationIsRefusedForADeviceWithoutAKeyOrALoggerNotConnected() {
		String withoutKey = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		String notConnected = register(KEY, Encoding.HEX, Padding.ZERO, httpPort);

		Http.Response noKey = supervisor().post("/api/monitoring/devices/" + withoutKey + "/key-rotation", "{}");
		Http.Response offline = supervisor().post("/api/monitoring/devices/" + notConnected + "/key-rotation", "{}");

		assertThat(noKey.status()).isEqualTo(409);
		assertThat(noKey.contentType()).startsWith("application/problem+json");
		assertThat(noKey.json().get("detail").asText()).contains("SM4 密钥");
		assertThat(offline.status()).isEqualTo(409);
		assertThat(offline.json().get("detail").asText()).contains("未连接");
		assertThat(device(notConnected).get("keyRotationPending").asBoolean()).isFalse();
	}

	private static String body(String mn, String key, String more) {
		return """
				{"mn": "%s", "password": "123456", "kind": "WASTEWATER", "enterpriseCode": "ENT-0002", "outlet": "DW001"%s%s}"""
			.formatted(mn, key == null ? "" : ", \"sm4Key\": \"" + key + "\"", more);
	}

	private Http supervisor() {
		return Http.as(httpPort, "sunli");
	}

	private JsonNode device(String mn) {
		for (JsonNode device : supervisor().get("/api/monitoring/devices").json()) {
			if (mn.equals(device.get("mn").asText())) {
				return device;
			}
		}
		throw new AssertionError("no device " + mn);
	}

}

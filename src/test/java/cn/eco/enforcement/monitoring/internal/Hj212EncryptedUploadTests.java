package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.ReadingView;
import cn.eco.enforcement.monitoring.hj212.CpArea;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HJ 212-2025 loggers that encrypt their data areas with SM4, over a real socket: registered with a
 * key over HTTP, their encrypted uploads are decrypted, stored and acknowledged; what does not decrypt,
 * clear text from a keyed logger, ciphertext from a logger without a key and a 2025 packet without a
 * 24-hex MN are refused with 9011, recorded, and nothing of them stored. Keys never appear in an answer
 * or the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class Hj212EncryptedUploadTests {

	static final String KEY = "0123456789ABCDEFFEDCBA9876543210";

	static final String OTHER_KEY = "00112233445566778899AABBCCDDEEFF";

	@Autowired
	Hj212Server server;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hj212Rejections rejections;

	@Autowired
	Devices devices;

	@LocalServerPort
	int httpPort;

	static Stream<Arguments> settings() {
		return Stream.of(Encoding.values()).flatMap(e -> Stream.of(Padding.values()).map(p -> Arguments.of(e, p)));
	}

	@ParameterizedTest
	@MethodSource("settings")
	void anEncryptedMinuteUploadIsDecryptedStoredAndAcknowledged(Encoding encoding, Padding padding, CapturedOutput log)
			throws Exception {
		String mn = register(KEY, encoding, padding);
		ZonedDateTime minute = minutesAgo(30);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(encrypted(mn, minute, "w01018-Avg=20.5,w01018-Flag=N;w21003-Avg=1.2,w21003-Flag=N", KEY, encoding, padding));
			assertThat(socket.readFrame()).contains("CN=9014", "MN=" + mn, "QN=" + minute.format(Hj212TestClient.QN), "Flag=8");
		}

		assertThat(stored(mn, minute)).extracting(ReadingView::factorCode, r -> r.avg().stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder(tuple("w01018", "20.5"), tuple("w21003", "1.2"));
		assertThat(log.getAll()).doesNotContainIgnoringCase(KEY);
	}

	@Test
	void anUploadEncryptedUnderAnotherKeyIsRefusedRecordedAndNothingStored() throws Exception {
		String mn = register(KEY, Encoding.HEX, Padding.ZERO);
		ZonedDateTime minute = minutesAgo(40);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(encrypted(mn, minute, "w01018-Avg=20.5,w01018-Flag=N", OTHER_KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2").doesNotContain("CN=9014");
			socket.send(encrypted(mn, minute.plusMinutes(1), "w01018-Avg=21.5,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9014");
		}

		assertThat(stored(mn, minute)).isEmpty();
		assertThat(stored(mn, minute.plusMinutes(1))).hasSize(1);
		assertThat(rejections(mn)).containsExactly("DECRYPT_FAILED");
	}

	@Test
	void aKeyedLoggerSendingDataInClearIsRefusedAndNothingStored() throws Exception {
		String mn = register(KEY, Encoding.BASE64, Padding.PKCS7);
		ZonedDateTime minute = minutesAgo(50);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(Hj212Messages.frame(segment(mn, minute, "w01018-Avg=20.5,w01018-Flag=N")));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2").doesNotContain("CN=9014");
		}

		assertThat(stored(mn, minute)).isEmpty();
		assertThat(rejections(mn)).containsExactly("PLAINTEXT_FROM_KEYED_DEVICE");
	}

	@Test
	void ciphertextFromALoggerRegisteredWithoutAKeyIsRefusedNotAcknowledgedAndLost() throws Exception {
		String mn = register(null, null, null);
		ZonedDateTime minute = minutesAgo(60);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(encrypted(mn, minute, "w01018-Avg=20.5,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2").doesNotContain("CN=9014");
		}

		assertThat(stored(mn, minute)).isEmpty();
		assertThat(rejections(mn)).containsExactly("ENCRYPTED_WITHOUT_KEY");
	}

	@Test
	void a2025PacketWithA14CharacterMnIsRefusedAsAnMnErrorWhileThe2017PacketIsStored() throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		ZonedDateTime minute = minutesAgo(70);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(Hj212Messages.frame(segment(mn, minute, "w01018-Avg=20.5,w01018-Flag=N")));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=4").doesNotContain("CN=9014");
			socket.send(Hj212Messages.frame(segment(mn, minute, "w01018-Avg=20.5,w01018-Flag=N").replace("Flag=9;", "Flag=5;")));
			assertThat(socket.readFrame()).contains("CN=9014", "Flag=4");
		}

		assertThat(stored(mn, minute)).hasSize(1);
		assertThat(rejections(mn)).containsExactly("BAD_MN_2025");
		assertThat(jdbc.sql("SELECT detail FROM hj212_rejection WHERE mn = ?").param(mn).query(String.class).single())
			.contains("24 位十六进制");
	}

	@Test
	void aRequestAnswerFromALoggerIsNeitherAnsweredNorTakenForARegistration() throws Exception {
		String mn = register(KEY, Encoding.HEX, Padding.ZERO);
		ZonedDateTime minute = minutesAgo(80);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(answer(mn, "20260105120000999", "9011", "QnRtn=1"));
			socket.send(encrypted(mn, minute, "w01018-Avg=20.5,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			assertThat(socket.readFrame()).as("the first frame back answers the upload")
				.contains("CN=9014", "QN=" + minute.format(Hj212TestClient.QN));
		}
		assertThat(rejections(mn)).isEmpty();
	}

	@Test
	void aKeyThatDoesNotOpenUnderTheMasterKeyLeavesThePacketUnansweredNeitherRefusedNorStored() throws Exception {
		String mn = register(KEY, Encoding.HEX, Padding.ZERO);
		String other = register(OTHER_KEY, Encoding.HEX, Padding.ZERO);
		// Another device's sealed key copied into this row: sealed for another MN, it does not open.
		jdbc.sql("UPDATE monitoring_device SET sm4_key = (SELECT sm4_key FROM monitoring_device WHERE mn = ?) WHERE mn = ?")
			.params(other, mn)
			.update();
		devices.evict(mn);
		String bystander = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		ZonedDateTime minute = minutesAgo(120);
		long before = rejections.counts().getOrDefault("KEY_UNREADABLE", 0L);

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(encrypted(mn, minute, "w01018-Avg=20.5,w01018-Flag=N", KEY, Encoding.HEX, Padding.ZERO));
			socket.send(Hj212Messages.frame(segment(bystander, minute, "w01018-Avg=20.5,w01018-Flag=N").replace("Flag=9;", "Flag=5;")));
			assertThat(socket.readFrame()).as("the first answer is the other device's").contains("CN=9014", "MN=" + bystander);
		}

		assertThat(stored(mn, minute)).isEmpty();
		assertThat(rejections(mn)).as("not refused: the logger is to send it again").isEmpty();
		assertThat(rejections.counts().get("KEY_UNREADABLE")).isEqualTo(before + 1);
	}

	@Test
	void a2025PacketWhoseLengthCountsCharactersIsRefusedWhileThe2017OneIsTolerated() throws Exception {
		String mn = register(null, null, null);
		ZonedDateTime minute = minutesAgo(110);
		String chinese = segment(mn, minute, "w01018-Avg=20.5,w01018-Flag=N;备注=夜间");

		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(framedByCharacters(chinese));
			assertThat(socket.readFrame()).contains("CN=9011", "QnRtn=2").doesNotContain("CN=9014");
			socket.send(framedByCharacters(chinese.replace("Flag=9;", "Flag=5;")));
			assertThat(socket.readFrame()).contains("CN=9014", "Flag=4");
			socket.send(Hj212Messages.frame(segment(mn, minute.plusMinutes(1), "w01018-Avg=21.5,w01018-Flag=N;备注=夜间")));
			assertThat(socket.readFrame()).contains("CN=9014", "Flag=8");
		}

		assertThat(stored(mn, minute)).hasSize(1);
		assertThat(stored(mn, minute.plusMinutes(1))).hasSize(1);
		assertThat(rejections(mn)).containsExactly("BAD_LENGTH_2025");
	}

	/** A frame whose length field counts characters, as some senders write it. */
	private static String framedByCharacters(String segment) {
		String byBytes = Hj212Messages.frame(segment);
		return "##" + String.format("%04d", segment.length()) + byBytes.substring(6);
	}

	static String register(String key, Encoding encoding, Padding padding, int port) {
		String mn = UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
		String encryption = key == null ? "" : """
				, "sm4Key": "%s", "sm4Encoding": "%s", "sm4Padding": "%s\"""".formatted(key, encoding, padding);
		Http.Response created = Http.as(port, "sunli").post("/api/monitoring/devices", """
				{"mn": "%s", "password": "123456", "kind": "WASTEWATER", "enterpriseCode": "ENT-0002", "outlet": "DW001",
				 "limits": [{"factorCode": "w01018", "limit": 50, "unit": "mg/L"}]%s}""".formatted(mn, encryption));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		if (key != null) {
			assertThat(created.body()).doesNotContainIgnoringCase(key);
		}
		return mn;
	}

	private String register(String key, Encoding encoding, Padding padding) {
		return register(key, encoding, padding, httpPort);
	}

	/** A 2025 minute upload asking for an answer (Flag=9), its data area in clear. */
	static String segment(String mn, ZonedDateTime minute, String items) {
		return Hj212TestClient.uploadSegment(mn, "2051", minute, items, 9);
	}

	/** The same upload with its data area encrypted as a 2025 logger sends it. */
	static String encrypted(String mn, ZonedDateTime minute, String items, String key, Encoding encoding, Padding padding) {
		return encryptedSegment(segment(mn, minute, items), key, encoding, padding);
	}

	/** Any clear data segment framed with its data area encrypted. */
	static String encryptedSegment(String clear, String key, Encoding encoding, Padding padding) {
		CpArea area = CpArea.of(clear).orElseThrow();
		CpCipher cipher = new CpCipher(HexFormat.of().parseHex(key), encoding, padding);
		return Hj212Messages.frame(area.replace(clear, cipher.encrypt(area.body(clear))));
	}

	/** A logger's answer to a platform request (9011 with QnRtn, 9012 with ExeRtn). */
	static String answer(String mn, String qn, String cn, String cp) {
		return Hj212Messages.frame("QN=" + qn + ";ST=32;CN=" + cn + ";PW=123456;MN=" + mn + ";Flag=8;CP=&&" + cp + "&&");
	}

	static ZonedDateTime minutesAgo(int minutes) {
		return ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).minusMinutes(minutes);
	}

	private List<ReadingView> stored(String mn, ZonedDateTime minute) {
		return monitoring.readings(mn, minute.toInstant(), minute.toInstant().plus(Duration.ofSeconds(1)), 10);
	}

	private List<String> rejections(String mn) {
		return jdbc.sql("SELECT reason FROM hj212_rejection WHERE mn = ? ORDER BY id").param(mn).query(String.class).list();
	}

}

package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What HJ 212-2025 loggers send besides readings, over a real socket on PostgreSQL and back through
 * the API: key production conditions (ST=45, CN 2011, SM4-encrypted) listed with the device's
 * readings with their markers as sent; VOCs raw data (ST=27, CN 2013) and a multimedia reference;
 * a packet the tables cannot hold refused and nothing of it stored.
 */
@IntegrationTest
class Hj212DeviceDataTests {

	static final String KEY = Hj212EncryptedUploadTests.KEY;

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	@Autowired
	Hj212Server server;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int httpPort;

	@Test
	void productionConditionMarkersAreStoredOnceAndListedWithTheDevicesReadings() throws Exception {
		String mn = register(httpPort, "PRODUCTION_CONDITION", null, KEY);
		ZonedDateTime at = Hj212EncryptedUploadTests.minutesAgo(10);
		String clear = segment(mn, "45", "2011", at, "p99101-Rtd=1;p99102-Rtd=S,p99102-Flag=N");

		for (int i = 0; i < 2; i++) {
			try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
				socket.send(Hj212EncryptedUploadTests.encryptedSegment(clear, KEY, Encoding.HEX, Padding.ZERO));
				assertThat(socket.readFrame()).contains("CN=9014", "MN=" + mn);
			}
		}

		String window = "?from=" + at.minusMinutes(1).format(ISO).replace("+", "%2B") + "&to="
				+ at.plusMinutes(1).format(ISO).replace("+", "%2B");
		JsonNode conditions = Http.as(httpPort, "wangqiang").get("/api/monitoring/devices/" + mn + "/production-conditions" + window).json();
		assertThat(conditions).as("a re-sent packet is stored once").hasSize(2);
		assertThat(conditions.get(0).get("factorCode").asText()).isEqualTo("p99101");
		assertThat(conditions.get(0).get("marker").asText()).isEqualTo("1");
		assertThat(conditions.get(1).get("marker").asText()).as("shown as sent, not interpreted").isEqualTo("S");
		assertThat(conditions.get(1).get("flag").asText()).isEqualTo("N");

		JsonNode readings = Http.as(httpPort, "zhoumin").get("/api/monitoring/devices/" + mn + "/readings" + window).json();
		assertThat(readings).hasSize(2);
		assertThat(readings.get(0).get("marker").asText()).isEqualTo("1");
		assertThat(readings.get(0).get("rtd").decimalValue()).isEqualByComparingTo("1");
		assertThat(readings.get(1).get("marker").asText()).isEqualTo("S");
		assertThat(readings.get(1).get("rtd").isNull()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reading WHERE mn = ?").param(mn).query(Integer.class).single())
			.as("markers are no readings: no rule judges them").isZero();
		assertThat(Http.as(httpPort, "ent0002").get("/api/monitoring/devices/" + mn + "/production-conditions" + window)
			.status()).isEqualTo(403);
	}

	@Test
	void vocsRawDataAndAMultimediaReferenceAreStoredAndListed() throws Exception {
		String mn = register(httpPort, "VOCS_FENCELINE", null, null);
		ZonedDateTime at = Hj212EncryptedUploadTests.minutesAgo(20);

		send(mn, segment(mn, "27", "2013", at, "SpectrumFile=/spectra/20261207.cdf;"
				+ "a24088-RT=3.215,a24088-PeakArea=125034.5,a24088-PeakHeight=8821,a24088-Flag=N;"
				+ "a25002-RT=7.9,a25002-PeakArea=5521.25,a25002-PeakHeight=410.5;"
				+ "FileName=谱图.png;FileType=image/png;FileSize=48213;FileDigest=9b74c9897bac770f;FileRef=https://logger.example/f/8812"),
				"CN=9014");

		String window = "?from=" + at.minusMinutes(1).format(ISO).replace("+", "%2B") + "&to="
				+ at.plusMinutes(1).format(ISO).replace("+", "%2B");
		JsonNode raw = Http.as(httpPort, "wangqiang").get("/api/monitoring/devices/" + mn + "/vocs-raw-data" + window).json();
		assertThat(raw).hasSize(2);
		assertThat(raw.get(0).get("factorCode").asText()).isEqualTo("a24088");
		assertThat(raw.get(0).get("retentionTime").decimalValue()).isEqualByComparingTo("3.215");
		assertThat(raw.get(0).get("peakArea").decimalValue()).isEqualByComparingTo("125034.5");
		assertThat(raw.get(0).get("peakHeight").decimalValue()).isEqualByComparingTo("8821");
		assertThat(raw.get(0).get("spectrumFile").asText()).isEqualTo("/spectra/20261207.cdf");
		assertThat(raw.get(1).get("peakHeight").decimalValue()).isEqualByComparingTo("410.5");

		JsonNode files = Http.as(httpPort, "zhoumin").get("/api/monitoring/devices/" + mn + "/multimedia" + window).json();
		assertThat(files).hasSize(1);
		assertThat(files.get(0).get("fileName").asText()).isEqualTo("谱图.png");
		assertThat(files.get(0).get("fileType").asText()).isEqualTo("image/png");
		assertThat(files.get(0).get("fileSize").asLong()).isEqualTo(48213);
		assertThat(files.get(0).get("digest").asText()).isEqualTo("9b74c9897bac770f");
		assertThat(files.get(0).get("reference").asText()).isEqualTo("https://logger.example/f/8812");
		assertThat(files.get(0).get("cn").asText()).isEqualTo("2013");
		assertThat(Http.as(httpPort, "wangqiang").get("/api/monitoring/devices/NO-SUCH/vocs-raw-data" + window).status())
			.isEqualTo(404);
	}

	@Test
	void rawDataTheTablesCannotHoldAreRefusedAndNothingOfThemIsStored() throws Exception {
		String mn = register(httpPort, "VOCS_FENCELINE", null, null);
		ZonedDateTime at = Hj212EncryptedUploadTests.minutesAgo(30);

		send(mn, segment(mn, "27", "2013", at, "a24088-RT=3.2,a24088-PeakArea=12;a25002-RT=1,a25002-PeakArea=abc;"
				+ "FileName=x.png;FileRef=/x.png"), "QnRtn=2");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM vocs_raw_data WHERE mn = ?").param(mn).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM multimedia_file WHERE mn = ?").param(mn).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT reason FROM hj212_rejection WHERE mn = ?").param(mn).query(String.class).list())
			.containsExactly("VALUE_NOT_A_NUMBER");
	}

	private void send(String mn, String segment, String answer) throws Exception {
		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(Hj212Messages.frame(segment));
			assertThat(socket.readFrame()).contains(answer, "MN=" + mn);
		}
	}

	/** A 2025 upload asking for an answer (Flag=9), in clear. */
	static String segment(String mn, String st, String cn, ZonedDateTime at, String items) {
		return "QN=" + at.format(Hj212TestClient.QN) + ";ST=" + st + ";CN=" + cn + ";PW=123456;MN=" + mn
				+ ";Flag=9;CP=&&DataTime=" + at.format(Hj212TestClient.DATA_TIME) + ";" + items + "&&";
	}

	/** Registers a 2025 logger (24-hex MN) of ENT-0002, with an SM4 key when one is given. */
	static String register(int port, String kind, String limits, String key) {
		String mn = UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
		String encryption = key == null ? "" : ", \"sm4Key\": \"" + key + "\"";
		Http.Response created = Http.as(port, "sunli").post("/api/monitoring/devices", """
				{"mn": "%s", "password": "123456", "kind": "%s", "enterpriseCode": "ENT-0002", "outlet": "DW009"%s%s}"""
			.formatted(mn, kind, limits == null ? "" : ", \"limits\": " + limits, encryption));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return mn;
	}

}

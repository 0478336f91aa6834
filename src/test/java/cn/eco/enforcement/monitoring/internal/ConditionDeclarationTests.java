package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Start-up and shutdown periods (启炉/停炉) declared by the firm's own account or by staff: append-only,
 * each naming who declared it and when; an exceedance sent over HJ 212 inside a declared period raises
 * an alarm that says so (field and words), one outside it does not; a declaration for the firm's
 * production-condition logger covers the firm's other devices. Refusals name the field.
 */
@IntegrationTest
class ConditionDeclarationTests {

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	static final String LIMITS = "[{\"factorCode\": \"w01018\", \"limit\": 50, \"unit\": \"mg/L\"}]";

	@Autowired
	Hj212Server server;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int httpPort;

	@Test
	void anExceedanceInsideTheFirmsDeclaredStartUpIsMarkedInItsAlarmAndOneOutsideIsNot() throws Exception {
		String mn = Hj212DeviceDataTests.register(httpPort, "WASTEWATER", LIMITS, null);
		ZonedDateTime start = Hj212EncryptedUploadTests.minutesAgo(120);
		Http.Response declared = declare("ent0002", mn, "STARTUP", start, start.plusHours(1), "1号锅炉点火");
		assertThat(declared.status()).as(declared.body()).isEqualTo(201);
		assertThat(declared.json().get("declaredBy").asText()).isEqualTo("ent0002");
		assertThat(declared.json().get("declaredAt").isNull()).isFalse();
		assertThat(declared.json().get("kindLabel").asText()).isEqualTo("启炉");

		minute(mn, start.plusMinutes(30), "80");
		JsonNode inside = alarm(mn, 0);
		assertThat(inside.get("declaredCondition").asText()).isEqualTo("STARTUP");
		assertThat(inside.get("description").asText()).startsWith("超标").contains("企业申报的启炉期间", "申报人 ent0002");

		minute(mn, start.plusMinutes(70), "20");
		minute(mn, start.plusMinutes(80), "90");
		JsonNode outside = alarm(mn, 1);
		assertThat(outside.get("declaredCondition").isNull()).as("after the period").isTrue();
		assertThat(outside.get("description").asText()).startsWith("超标").doesNotContain("申报");
	}

	@Test
	void aShutdownDeclaredByStaffForTheFirmsProductionConditionLoggerCoversTheFirmsOtherDevices() throws Exception {
		String conditions = Hj212DeviceDataTests.register(httpPort, "PRODUCTION_CONDITION", null, null);
		String outlet = Hj212DeviceDataTests.register(httpPort, "WASTEWATER", LIMITS, null);
		ZonedDateTime start = Hj212EncryptedUploadTests.minutesAgo(300);
		assertThat(declare("wangqiang", conditions, "SHUTDOWN", start, start.plusHours(2), null).status()).isEqualTo(201);

		minute(outlet, start.plusMinutes(10), "75");

		JsonNode alarm = alarm(outlet, 0);
		assertThat(alarm.get("declaredCondition").asText()).isEqualTo("SHUTDOWN");
		assertThat(alarm.get("description").asText()).contains("企业申报的停炉期间", "申报人 wangqiang", conditions);
	}

	@Test
	void declarationsAreListedAppendOnlyWithWhoAndWhenAndOnlyForTheFirmsOwnDevices() {
		String mn = Hj212DeviceDataTests.register(httpPort, "FLUE_GAS", null, null);
		ZonedDateTime start = Hj212EncryptedUploadTests.minutesAgo(600);
		assertThat(declare("ent0002", mn, "STARTUP", start, start.plusHours(3), "首次").status()).isEqualTo(201);
		assertThat(declare("ent0002", mn, "STARTUP", start, start.plusHours(4), "更正：延长一小时").status()).isEqualTo(201);

		JsonNode listed = Http.as(httpPort, "ent0002").get(path(mn)).json();
		assertThat(listed).hasSize(2);
		assertThat(listed.findValuesAsText("note")).containsExactlyInAnyOrder("首次", "更正：延长一小时");
		assertThat(Http.as(httpPort, "zhoumin").get(path(mn)).json()).as("auditors read").hasSize(2);

		assertThat(declare("ent0001", mn, "STARTUP", start, start.plusHours(1), null).status()).as("another firm").isEqualTo(403);
		assertThat(Http.as(httpPort, "ent0001").get(path(mn)).status()).isEqualTo(403);
		assertThat(declare("zhoumin", mn, "STARTUP", start, start.plusHours(1), null).status()).as("auditor").isEqualTo(403);
		assertThat(declare("monitor", mn, "STARTUP", start, start.plusHours(1), null).status()).isEqualTo(403);
		assertThat(Http.anonymous(httpPort).get(path(mn)).status()).isEqualTo(401);
		assertThat(declare("ent0002", "NO-SUCH-DEVICE", "STARTUP", start, start.plusHours(1), null).status()).isEqualTo(404);
	}

	@Test
	void aDeclarationThatIsNoPeriodIsRefusedNamingTheField() {
		String mn = Hj212DeviceDataTests.register(httpPort, "FLUE_GAS", null, null);
		ZonedDateTime start = Hj212EncryptedUploadTests.minutesAgo(60);

		assertThat(fields(Http.as(httpPort, "ent0002").post(path(mn), "{}"))).containsExactlyInAnyOrder("kind", "from", "to");
		assertThat(fields(declare("ent0002", mn, "STARTUP", start, start.minusMinutes(1), null))).containsExactly("to");
		assertThat(fields(declare("ent0002", mn, "STARTUP", start, start.plusDays(8), null))).containsExactly("to");
		assertThat(fields(declare("ent0002", mn, "STARTUP", start, start.plusHours(1), "很".repeat(501)))).containsExactly("note");
		assertThat(fields(declare("ent0002", mn, "BOILING", start, start.plusHours(1), null))).containsExactly("kind");
		assertThat(Http.as(httpPort, "ent0002").get(path(mn)).json()).as("nothing stored").isEmpty();
	}

	private static List<String> fields(Http.Response refused) {
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		return refused.json().get("errors").findValuesAsText("field");
	}

	private Http.Response declare(String user, String mn, String kind, ZonedDateTime from, ZonedDateTime to, String note) {
		return Http.as(httpPort, user).post(path(mn), """
				{"kind": "%s", "from": "%s", "to": "%s"%s}""".formatted(kind, from.format(ISO), to.format(ISO),
				note == null ? "" : ", \"note\": \"" + note + "\""));
	}

	private static String path(String mn) {
		return "/api/monitoring/devices/" + mn + "/condition-declarations";
	}

	/** A minute value of w01018 over HJ 212 (2025, in clear), answered 9014. */
	private void minute(String mn, ZonedDateTime at, String avg) throws Exception {
		try (Hj212TestClient socket = new Hj212TestClient(server.port())) {
			socket.send(Hj212Messages.frame(Hj212DeviceDataTests.segment(mn, "32", "2051", at, "w01018-Avg=" + avg
					+ ",w01018-Flag=N")));
			assertThat(socket.readFrame()).contains("CN=9014", "MN=" + mn);
		}
	}

	/** The device's n-th alarm (oldest first) as staff read it. */
	private JsonNode alarm(String mn, int n) {
		List<Long> ids = jdbc.sql("SELECT id FROM alarm WHERE external_id LIKE ? ORDER BY id").param("MON-" + mn + "-%")
			.query(Long.class).list();
		assertThat(ids).hasSizeGreaterThan(n);
		return Http.as(httpPort, "sunli").get("/api/alarms/" + ids.get(n)).json();
	}

}

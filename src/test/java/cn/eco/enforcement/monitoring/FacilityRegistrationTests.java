package cn.eco.enforcement.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Facilities under electricity monitoring are registered by those who register loggers
 * (administrators and supervisors), read by staff, and refused with HTTP 400 naming the field.
 */
@IntegrationTest
class FacilityRegistrationTests {

	private static final String FACILITY = """
			{"code": "%s", "name": "%s", "kind": "%s", "mn": "%s", "factorCode": "%s", "runningAbove": %s,
			 "unit": "A", "treats": %s}""";

	@LocalServerPort
	int port;

	@Autowired
	MonitoringApi monitoring;

	@Test
	void aSupervisorRegistersAProductionLineAndTheDustCollectorThatServesIt() {
		String mn = meter("ENT-0004");
		String line = code("PL");
		String collector = code("TF");

		Http.Response production = supervisor().post("/api/enterprises/ENT-0004/facilities",
				FACILITY.formatted(line, "1号生产线", "PRODUCTION", mn, "d20405", "10", "[]"));
		Http.Response treatment = supervisor().post("/api/enterprises/ENT-0004/facilities",
				FACILITY.formatted(collector, "1号除尘器", "TREATMENT", mn, "d30406", "2.5", "[\"" + line + "\"]"));

		assertThat(production.status()).isEqualTo(201);
		assertThat(treatment.status()).isEqualTo(201);
		assertThat(treatment.json().get("treats").get(0).asText()).isEqualTo(line);
		JsonNode listed = Http.as(port, "wangqiang").get("/api/enterprises/ENT-0004/facilities").json();
		assertThat(listed.findValuesAsText("code")).contains(line, collector);
	}

	@Test
	void badFacilitiesAreRefusedNamingTheField() {
		String mn = meter("ENT-0004");
		String line = code("PL");
		supervisor().post("/api/enterprises/ENT-0004/facilities",
				FACILITY.formatted(line, "1号生产线", "PRODUCTION", mn, "d20405", "10", "[]"));

		assertRefused(FACILITY.formatted(code("PL"), "生产线", "PRODUCTION", mn, "ep01", "10", "[]"), "factorCode");
		assertRefused(FACILITY.formatted(code("TF"), "除尘器", "TREATMENT", mn, "d20105", "1", "[\"" + line + "\"]"),
				"factorCode");
		assertRefused(FACILITY.formatted(code("TF"), "除尘器", "BOILER", mn, "d30406", "1", "[]"), "kind");
		assertRefused(FACILITY.formatted(code("TF"), "除尘器", "TREATMENT", mn, "d30106", "-1", "[\"" + line + "\"]"),
				"runningAbove");
		assertRefused(FACILITY.formatted(code("TF"), "除尘器", "TREATMENT", mn, "d30106", "1", "[]"), "treats");
		assertRefused(FACILITY.formatted(code("TF"), "除尘器", "TREATMENT", mn, "d30106", "1", "[\"NO-SUCH\"]"), "treats");
		assertRefused(FACILITY.formatted(code("TF"), "除尘器", "TREATMENT", meter("ENT-0005"), "d30106", "1",
				"[\"" + line + "\"]"), "mn");
		assertRefused(FACILITY.formatted(code("PL"), "生产线", "PRODUCTION", mn, "d20405", "10", "[]"), "factorCode");
	}

	@Test
	void anInspectorReadsButDoesNotRegisterFacilities() {
		String mn = meter("ENT-0004");

		Http.Response refused = Http.as(port, "wangqiang").post("/api/enterprises/ENT-0004/facilities",
				FACILITY.formatted(code("PL"), "生产线", "PRODUCTION", mn, "d20405", "10", "[]"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(Http.anonymous(port).get("/api/enterprises/ENT-0004/facilities").status()).isEqualTo(401);
		assertThat(supervisor().get("/api/enterprises/NO-SUCH/facilities").status()).isEqualTo(404);
	}

	private void assertRefused(String body, String field) {
		Http.Response refused = supervisor().post("/api/enterprises/ENT-0004/facilities", body);
		assertThat(refused.status()).as(body).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsText("field")).as(body).containsExactly(field);
	}

	private String meter(String enterpriseCode) {
		String mn = "TEST-EL-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.ELECTRICITY, enterpriseCode, null, "用电监控"));
		return mn;
	}

	private static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Http supervisor() {
		return Http.as(port, "sunli");
	}

}

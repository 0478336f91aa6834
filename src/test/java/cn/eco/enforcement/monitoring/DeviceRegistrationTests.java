package cn.eco.enforcement.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A device and its permit limits are registered or updated whole or not at all: bad input is refused
 * with HTTP 400 naming the field before anything is written.
 */
@IntegrationTest
class DeviceRegistrationTests {

	private static final String UPDATE = """
			{"mn": "%s", "password": "newpw", "kind": "FLUE_GAS", "enterpriseCode": "ENT-0002", "outlet": "x",
			 "limits": [{"factorCode": "w01018", "limit": %s}]}""";

	@LocalServerPort
	int port;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	JdbcClient jdbc;

	@Test
	void updateWithAnOverflowingLimitIsRefusedAndTheDeviceKeepsItsPasswordAndSettings() {
		String mn = registeredDevice();
		String before = stored(mn);

		Http.Response refused = supervisor().post("/api/monitoring/devices", UPDATE.formatted(mn, "1e30"));

		assertThat(stored(mn)).as("password, kind, enterprise, outlet and limits as before").isEqualTo(before);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("limits[0].limit");
		JsonNode device = device(mn);
		assertThat(device.get("kind").asText()).isEqualTo("WASTEWATER");
		assertThat(device.get("enterpriseCode").asText()).isEqualTo("ENT-0001");
		assertThat(device.get("outlet").asText()).isEqualTo("DW001 废水总排口");
		assertThat(sendReading(mn, "oldpw").status()).as("the logger still logs in with its password").isEqualTo(200);
		assertThat(sendReading(mn, "newpw").status()).isEqualTo(403);
	}

	@Test
	void updateWhoseLimitTheDatabaseRefusesIsUndoneWhole() {
		String mn = registeredDevice();
		String before = stored(mn);

		assertThatThrownBy(() -> monitoring.registerDevice(
				new RegisterDevice(mn, "newpw", DeviceKind.FLUE_GAS, "ENT-0002", null, "x"),
				List.of(new PermitLimit("w21003", new BigDecimal("8"), "mg/L"),
						new PermitLimit("w01018", new BigDecimal("1e30"), "mg/L"))))
			.isInstanceOf(DataAccessException.class);

		assertThat(stored(mn)).isEqualTo(before);
		assertThat(sendReading(mn, "oldpw").status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("badInput")
	void badInputIsRefusedNamingTheFieldAndChangesNothing(String body, String field) {
		String mn = registeredDevice();
		String before = stored(mn);
		String newMn = "TEST-DEV-" + UUID.randomUUID().toString().substring(0, 8);

		Http.Response update = supervisor().post("/api/monitoring/devices", body.formatted(mn));
		Http.Response create = supervisor().post("/api/monitoring/devices", body.formatted(newMn));

		for (Http.Response refused : List.of(update, create)) {
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			JsonNode errors = refused.json().get("errors");
			assertThat(errors.findValuesAsText("field")).containsExactly(field);
			assertThat(errors.findValuesAsText("message")).singleElement().asString().isNotBlank();
		}
		assertThat(stored(mn)).isEqualTo(before);
		assertThat(sendReading(mn, "oldpw").status()).isEqualTo(200);
		assertThat(stored(newMn)).as("nothing registered").isEqualTo("none; limits: []");
	}

	static Stream<Arguments> badInput() {
		String limits = """
				{"mn": "%%s", "password": "newpw", "kind": "FLUE_GAS", "enterpriseCode": "ENT-0002", "outlet": "x",
				 "limits": %s}""";
		return Stream.of(Arguments.of(UPDATE.replace("%s}", "1e400}"), "limits[0].limit"),
				Arguments.of(UPDATE.replace("%s}", "0.00001}"), "limits[0].limit"),
				Arguments.of(UPDATE.replace("%s}", "0}"), "limits[0].limit"),
				Arguments.of(UPDATE.replace("%s}", "-5}"), "limits[0].limit"),
				Arguments.of(UPDATE.replace("%s}", "1000000000000}"), "limits[0].limit"),
				Arguments.of(limits.formatted("[{\"factorCode\": \"w01018\"}]"), "limits[0].limit"),
				Arguments.of(limits.formatted("[{\"factorCode\": \"w21003\", \"limit\": 8}, "
						+ "{\"factorCode\": \"w01018\", \"limit\": 1e30}]"), "limits[1].limit"),
				Arguments.of(limits.formatted("[{\"factorCode\": \"" + "w".repeat(21) + "\", \"limit\": 8}]"),
						"limits[0].factorCode"),
				Arguments.of(limits.formatted("[{\"factorCode\": \"w01018\", \"limit\": 8, \"unit\": \""
						+ "m".repeat(21) + "\"}]"), "limits[0].unit"),
				Arguments.of(limits.formatted("[null]"), "limits[0]"),
				Arguments.of(UPDATE.replace("%s}", "8}").replace("\"x\"", "\"" + "出".repeat(101) + "\""), "outlet"),
				Arguments.of(UPDATE.replace("%s}", "8}").replace("newpw", "p".repeat(65)), "password"));
	}

	@Test
	void overlongMnIsRefusedAndNothingIsRegistered() {
		String mn = "M".repeat(65);

		Http.Response refused = supervisor().post("/api/monitoring/devices", UPDATE.formatted(mn, "8"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("mn");
		assertThat(stored(mn)).isEqualTo("none; limits: []");
	}

	@Test
	void limitsAtTheEdgesOfTheColumnAreStoredExactly() {
		String mn = registeredDevice();

		Http.Response updated = supervisor().post("/api/monitoring/devices", """
				{"mn": "%s", "password": "oldpw", "kind": "WASTEWATER", "enterpriseCode": "ENT-0001", "outlet": "%s",
				 "limits": [{"factorCode": "w01018", "limit": 0.0001, "unit": "mg/L"},
				            {"factorCode": "w21003", "limit": 999999999999.99990, "unit": "%s"}]}"""
			.formatted(mn, "出".repeat(100), "m".repeat(20)));

		assertThat(updated.status()).isEqualTo(201);
		assertThat(stored(mn)).endsWith("limits: [w01018=0.0001 mg/L, w21003=999999999999.9999 " + "m".repeat(20) + "]");
		assertThat(device(mn).get("outlet").asText()).hasSize(100);
	}

	/** A wastewater device of ENT-0001 with password "oldpw" and two limits, registered through the API. */
	private String registeredDevice() {
		String mn = "TEST-DEV-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = supervisor().post("/api/monitoring/devices", """
				{"mn": "%s", "password": "oldpw", "kind": "WASTEWATER", "enterpriseCode": "ENT-0001",
				 "outlet": "DW001 废水总排口", "limits": [{"factorCode": "w01018", "limit": 50, "unit": "mg/L"},
				                                     {"factorCode": "w21003", "limit": 5, "unit": "mg/L"}]}"""
			.formatted(mn));
		assertThat(created.status()).isEqualTo(201);
		return mn;
	}

	/** Everything stored about a device (its password by salt and hash), to compare before and after. */
	private String stored(String mn) {
		String device = jdbc.sql("""
				SELECT password_salt || '/' || password_hash || '/' || kind || '/' || COALESCE(enterprise_code, '-') || '/'
				       || COALESCE(station_code, '-') || '/' || COALESCE(outlet, '-') || '/' || crc_variants
				FROM monitoring_device WHERE mn = ?""")
			.param(mn)
			.query(String.class)
			.optional()
			.orElse("none");
		List<String> limits = jdbc.sql("""
				SELECT factor_code || '=' || limit_value || ' ' || COALESCE(unit, '-') FROM permit_limit
				WHERE mn = ? ORDER BY factor_code""")
			.param(mn)
			.query(String.class)
			.list();
		return device + "; limits: " + limits;
	}

	private JsonNode device(String mn) {
		JsonNode devices = supervisor().get("/api/monitoring/devices").json();
		for (JsonNode device : devices) {
			if (device.get("mn").asText().equals(mn)) {
				return device;
			}
		}
		throw new AssertionError("not registered: " + mn);
	}

	/** Sends one hourly reading as the device would, with the given password. */
	private Http.Response sendReading(String mn, String password) {
		String at = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS).toString();
		return Http.as(port, "monitor").post("/api/monitoring/readings", """
				{"mn": "%s", "password": "%s", "readings": [
				  {"factorCode": "w01018", "period": "HOUR", "dataTime": "%s", "avg": 23.5, "flag": "N"}]}"""
			.formatted(mn, password, at));
	}

	private Http supervisor() {
		return Http.as(port, "sunli");
	}

}

package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.CpCipher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The platform's HTTP API as the benchmark uses it (HTTP Basic as a supervisor or administrator). */
final class PlatformClient {

	private final String baseUrl;

	private final String authorization;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final ObjectMapper json = new ObjectMapper();

	PlatformClient(String baseUrl, String user, String password) {
		this.baseUrl = baseUrl;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Registers (or re-registers: the platform updates a known MN) a wastewater outlet monitor with a
	 * COD limit.
	 */
	void registerWastewaterDevice(String mn, String devicePassword, String enterpriseCode, String outlet, double codLimit)
			throws IOException, InterruptedException {
		registerWastewaterDevice(mn, devicePassword, enterpriseCode, outlet, codLimit, null);
	}

	/** The same for an HJ 212-2025 logger that encrypts with this SM4 key and setting (none when null). */
	void registerWastewaterDevice(String mn, String devicePassword, String enterpriseCode, String outlet, double codLimit,
			CpCipher cipher) throws IOException, InterruptedException {
		ObjectNode body = json.createObjectNode()
			.put("mn", mn)
			.put("password", devicePassword)
			.put("kind", "WASTEWATER")
			.put("enterpriseCode", enterpriseCode)
			.put("outlet", outlet);
		body.putArray("limits").addObject().put("factorCode", "w01018").put("limit", codLimit).put("unit", "mg/L");
		if (cipher != null) {
			body.put("sm4Key", HexFormat.of().withUpperCase().formatHex(cipher.key()))
				.put("sm4Encoding", cipher.encoding().name())
				.put("sm4Padding", cipher.padding().name());
		}
		post(mn, body);
	}

	/**
	 * Registers (or re-registers) a device as {@code registration} describes it, with this SM4 key and
	 * setting (none when null): the simulator's HJ 212-2025 twins of the demo devices.
	 */
	void registerDevice(String mn, String devicePassword, DemoTwins.Registration registration, CpCipher cipher)
			throws IOException, InterruptedException {
		ObjectNode body = json.createObjectNode()
			.put("mn", mn)
			.put("password", devicePassword)
			.put("kind", registration.kind())
			.put("enterpriseCode", registration.enterpriseCode())
			.put("stationCode", registration.stationCode())
			.put("outlet", registration.outlet());
		var limits = body.putArray("limits");
		registration.limits().forEach((factor, limit) -> limits.addObject()
			.put("factorCode", factor)
			.put("limit", limit)
			.put("unit", registration.unit()));
		if (cipher != null) {
			body.put("sm4Key", HexFormat.of().withUpperCase().formatHex(cipher.key()))
				.put("sm4Encoding", cipher.encoding().name())
				.put("sm4Padding", cipher.padding().name());
		}
		post(mn, body);
	}

	private void post(String mn, ObjectNode body) throws IOException, InterruptedException {
		HttpRequest request = request("/api/monitoring/devices").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException("registering " + mn + " failed: HTTP " + response.statusCode() + " " + response.body());
		}
	}

	/** The externalIds of the most recently observed alarms. */
	List<String> alarmExternalIds(int limit) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request("/api/alarms?limit=" + limit).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("listing alarms failed: HTTP " + response.statusCode() + " " + response.body());
		}
		List<String> ids = new ArrayList<>();
		for (JsonNode alarm : json.readTree(response.body())) {
			ids.add(alarm.path("externalId").asText());
		}
		return ids;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", authorization);
	}

}

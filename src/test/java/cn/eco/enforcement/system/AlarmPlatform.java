package cn.eco.enforcement.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A monitoring platform posting alarms to {@code /api/alarms} as the {@code monitor} account: an
 * alarm counts as delivered when answered 201 (stored now) or 200 (stored before).
 */
final class AlarmPlatform implements Sender.Channel<String> {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private static final List<String> ENTERPRISES = List.of("ENT-0001", "ENT-0002", "ENT-0003", "ENT-0005", "ENT-0006");

	private final PackagedApplication app;

	private final HttpAnswers answers;

	AlarmPlatform(PackagedApplication app, HttpAnswers answers) {
		this.app = app;
		this.answers = answers;
	}

	/** Distinct external ids with this prefix. */
	static Supplier<String> externalIds(String prefix) {
		AtomicInteger next = new AtomicInteger();
		return () -> prefix + next.incrementAndGet();
	}

	@Override
	public boolean deliver(String externalId) throws Exception {
		return raise(externalId, ENTERPRISES.get(Math.floorMod(externalId.hashCode(), ENTERPRISES.size())));
	}

	/** Raises a COD exceedance at the enterprise; true when answered 201 or 200. */
	boolean raise(String externalId, String enterprise) throws Exception {
		String body = """
				{"externalId": "%s", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "%s", "pollutant": "w01018",
				 "value": 68.5, "limit": 50, "unit": "mg/L", "observedAt": "%s"}""".formatted(externalId, enterprise,
				OffsetDateTime.now().minusMinutes(10));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri("/api/alarms"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic("monitor"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return answers.record("POST /api/alarms " + externalId, response, Set.of(200, 201))
				&& response.body().contains("\"externalId\":\"" + externalId + "\"");
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
	}

}

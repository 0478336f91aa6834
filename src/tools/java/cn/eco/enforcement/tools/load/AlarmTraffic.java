package cn.eco.enforcement.tools.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Alarms over {@code POST /api/alarms} as the monitoring platform posts them: moderate COD
 * exceedances at the demo enterprises ENT-0001 … ENT-0030, each with a new external id. A 201
 * carries the started process; the intake creates the first task in the same transaction.
 */
final class AlarmTraffic {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final long MAX_CLIENT_BACKLOG_NANOS = 10_000_000_000L;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final LoadOptions options;

	private final String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();

	private final AtomicLong sequence = new AtomicLong();

	/** Process instances of the alarms that got a 201. */
	final List<String> processes = java.util.Collections.synchronizedList(new ArrayList<>());

	final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

	/** Alarms of the fixed-rate phase answered after {@link Stalls#SLOW_MILLIS} or more, with the time of their answer. */
	final List<Stalls.Span> slow = java.util.Collections.synchronizedList(new ArrayList<>());

	AlarmTraffic(LoadOptions options) {
		this.options = options;
	}

	/** Closed loop: {@code threads} clients each post the next alarm as soon as the last was answered. */
	Measured saturate(int threads, int seconds) throws InterruptedException {
		return IntakeLoad.closedLoop(threads, seconds, this::post);
	}

	/**
	 * Open loop: one alarm every 1/rate s whether or not earlier ones were answered. Latency runs from
	 * the planned send time, so a platform (or client) that falls behind shows it.
	 */
	Measured fixedRate(int rate, int seconds) throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicLong failed = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(Math.max(8, rate * 2));
		long periodNanos = 1_000_000_000L / rate;
		long from = System.nanoTime();
		for (long i = 0; i < (long) rate * seconds; i++) {
			long planned = from + i * periodNanos;
			long wait = planned - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			senders.execute(() -> {
				if (System.nanoTime() - planned > MAX_CLIENT_BACKLOG_NANOS) {
					// Every sender is waiting for answers: count it as failed instead of queueing without end.
					failures.computeIfAbsent("not sent (client backlog > 10 s)", k -> new AtomicLong()).incrementAndGet();
					failed.incrementAndGet();
				}
				else if (post(true)) {
					long nanos = System.nanoTime() - planned;
					latencies.record(nanos);
					if (nanos >= Stalls.SLOW_MILLIS * 1e6) {
						slow.add(new Stalls.Span(System.currentTimeMillis(), nanos / 1e6));
					}
				}
				else {
					failed.incrementAndGet();
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(2, TimeUnit.MINUTES);
		return new Measured(latencies.count(), failed.get(), (System.nanoTime() - from) / 1e9, latencies);
	}

	private boolean post(boolean keep) {
		long n = sequence.incrementAndGet();
		String body = """
				{"externalId": "LOAD-%s-%d", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "ENT-%04d", "pollutant": "w01018",
				 "value": 65, "limit": 50, "unit": "mg/L", "observedAt": "%s"}""".formatted(run, n, n % 30 + 1,
				OffsetDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS));
		try {
			HttpResponse<String> response = client.send(request("/api/alarms", options.user(), options.password())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 201) {
				failures.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
				return false;
			}
			if (keep) {
				processes.add(JSON.readTree(response.body()).path("processInstanceId").asText());
			}
			return true;
		}
		catch (IOException ex) {
			failures.computeIfAbsent(ex.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** How many of the given processes have an open task (asked as the administrator, 500 at a time). */
	long processesWithTask(List<String> processIds) throws IOException, InterruptedException {
		long withTask = 0;
		for (int from = 0; from < processIds.size(); from += 500) {
			List<String> chunk = processIds.subList(from, Math.min(processIds.size(), from + 500));
			HttpResponse<String> response = client.send(request("/engine-rest/task?maxResults=5000", options.admin(),
					options.adminPassword())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("processInstanceIdIn", chunk))))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IOException("task query: HTTP " + response.statusCode() + " " + response.body());
			}
			var seen = new java.util.HashSet<String>();
			JSON.readTree(response.body()).forEach(task -> seen.add(task.path("processInstanceId").asText()));
			withTask += seen.size();
		}
		return withTask;
	}

	HttpRequest.Builder request(String path, String user, String password) {
		return HttpRequest.newBuilder(URI.create(options.http() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	HttpClient client() {
		return client;
	}

	String admin() {
		return options.admin();
	}

	String adminPassword() {
		return options.adminPassword();
	}

}

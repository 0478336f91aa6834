package cn.eco.enforcement.tools.scale;

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
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.eco.enforcement.shared.Percentiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@link OpenWorkLoad} and {@link HistoryCleanupRun} ask of a running platform over HTTP:
 * alarms as the monitoring platform posts them (as {@code docs/load.md}'s load command does: moderate
 * COD exceedances at ENT-0001 … ENT-0030), the engine REST API, and latencies. The load command's own
 * classes are package-private and being reworked, so this keeps its own small copy of the alarm post.
 */
final class OpenWorkClient {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final String http;

	private final String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();

	private final AtomicLong sequence = new AtomicLong();

	/** Why alarms were not answered 201, counted. */
	final Map<String, AtomicLong> failures = new java.util.concurrent.ConcurrentHashMap<>();

	OpenWorkClient(String http) {
		this.http = http;
	}

	/** Latencies in microseconds from many threads; percentiles by nearest rank. */
	static final class Latencies {

		private long[] micros = new long[8192];

		private int size;

		synchronized void record(long nanos) {
			if (size == micros.length) {
				micros = Arrays.copyOf(micros, size * 2);
			}
			micros[size++] = nanos / 1000;
		}

		synchronized int count() {
			return size;
		}

		synchronized double millis(double p) {
			return Percentiles.millis(micros, size, p);
		}

		String summary() {
			return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", millis(50), millis(95), millis(99),
					millis(100));
		}

	}

	/** Operations done (with their latencies) and failed in {@code seconds}. */
	record Measured(long done, long failed, double seconds, Latencies latencies) {

		double perSecond() {
			return done / seconds;
		}

	}

	/** An answer: status and body. */
	record Answer(int status, String body) {

		JsonNode json() throws IOException {
			return JSON.readTree(body);
		}

	}

	Answer send(String method, String path, String user, String password, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", path.contains("/filter/") ? "application/hal+json" : "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", contentType).method(method,
					HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.body());
	}

	Answer json(String method, String path, String user, String password, Object body) throws IOException, InterruptedException {
		return send(method, path, user, password, "application/json", body == null ? null : JSON.writeValueAsString(body));
	}

	/** Posts one alarm as the monitoring account; its process instance id, or null when not answered 201. */
	String postAlarm(String user, String password) {
		long n = sequence.incrementAndGet();
		String body = """
				{"externalId": "SCALE-%s-%d", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "ENT-%04d", "pollutant": "w01018",
				 "value": 65, "limit": 50, "unit": "mg/L", "observedAt": "%s"}""".formatted(run, n, n % 30 + 1,
				OffsetDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS));
		try {
			Answer answer = send("POST", "/api/alarms", user, password, "application/json", body);
			if (answer.status() != 201) {
				failures.computeIfAbsent("HTTP " + answer.status() + " " + answer.body().substring(0, Math.min(120,
						answer.body().length())), k -> new AtomicLong()).incrementAndGet();
				return null;
			}
			return answer.json().path("processInstanceId").asText();
		}
		catch (IOException ex) {
			failures.computeIfAbsent(ex.toString(), k -> new AtomicLong()).incrementAndGet();
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Deploys a BPMN through the engine REST API (duplicates filtered). */
	void deploy(String admin, String password, String name, String bpmn) throws IOException, InterruptedException {
		String boundary = "----scale-" + UUID.randomUUID();
		String body = part(boundary, "deployment-name", null, name) + part(boundary, "enable-duplicate-filtering", null, "true")
				+ part(boundary, "deployment-source", null, "scale-tools") + part(boundary, "data", name + ".bpmn", bpmn)
				+ "--" + boundary + "--\r\n";
		Answer answer = send("POST", "/engine-rest/deployment/create", admin, password,
				"multipart/form-data; boundary=" + boundary, body);
		if (answer.status() != 200) {
			throw new IOException("deploying " + name + ": HTTP " + answer.status() + " " + answer.body());
		}
	}

	private static String part(String boundary, String name, String fileName, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
				+ "\r\n\r\n" + content + "\r\n";
	}

	/** Open loop: one attempt every 1/rate s for {@code seconds} (or until {@code stop}), latency from the planned time. */
	static Measured fixedRate(int rate, int seconds, AtomicBoolean stop, java.util.function.BooleanSupplier attempt)
			throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicLong failed = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(Math.max(8, rate * 2));
		long periodNanos = 1_000_000_000L / rate;
		long from = System.nanoTime();
		for (long i = 0; (seconds <= 0 || i < (long) rate * seconds) && (stop == null || !stop.get()); i++) {
			long planned = from + i * periodNanos;
			long wait = planned - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			long plannedAt = planned;
			senders.execute(() -> {
				if (attempt.getAsBoolean()) {
					latencies.record(System.nanoTime() - plannedAt);
				}
				else {
					failed.incrementAndGet();
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(2, TimeUnit.MINUTES);
		// until the last answer: a platform that falls behind shows a lower rate than offered
		return new Measured(latencies.count(), failed.get(), (System.nanoTime() - from) / 1e9, latencies);
	}

	/** Closed loop over a list of work items: {@code threads} clients each take the next item as soon as the last was done. */
	static <T> Measured closedLoop(int threads, List<T> items, java.util.function.Predicate<T> attempt)
			throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicLong failed = new AtomicLong();
		AtomicLong next = new AtomicLong();
		List<Thread> clients = new ArrayList<>();
		long from = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			Thread client = new Thread(() -> {
				for (long n = next.getAndIncrement(); n < items.size(); n = next.getAndIncrement()) {
					long started = System.nanoTime();
					if (attempt.test(items.get((int) n))) {
						latencies.record(System.nanoTime() - started);
					}
					else {
						failed.incrementAndGet();
					}
				}
			});
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			client.join();
		}
		return new Measured(latencies.count(), failed.get(), (System.nanoTime() - from) / 1e9, latencies);
	}

	/** {@code --name value} options; unknown names are refused. */
	static Map<String, String> options(String[] args, Set<String> names) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument: " + args[i]);
			}
			String name = args[i].substring(2);
			String value = "true";
			if (name.contains("=")) {
				value = name.substring(name.indexOf('=') + 1);
				name = name.substring(0, name.indexOf('='));
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			if (!names.contains(name) && !name.equals("help")) {
				throw new IllegalArgumentException("unknown option --" + name);
			}
			values.put(name, value);
		}
		return values;
	}

	/** A connection to {@code jdbcUrl} as {@code --jdbc-user} (postgres) with {@code --jdbc-password} (none). */
	static java.sql.Connection connect(Map<String, String> options, String jdbcUrl) throws java.sql.SQLException {
		return java.sql.DriverManager.getConnection(jdbcUrl, options.getOrDefault("jdbc-user", "postgres"),
				options.getOrDefault("jdbc-password", ""));
	}

	static int number(Map<String, String> values, String name, int fallback) {
		try {
			return values.containsKey(name) ? Integer.parseInt(values.get(name).strip().replace("_", "")) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " needs a whole number: " + values.get(name));
		}
	}

	/** The machine's load average, as {@code uptime} prints it. */
	static String loadAverage() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

}

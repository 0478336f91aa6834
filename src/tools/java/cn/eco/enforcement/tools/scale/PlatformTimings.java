package cn.eco.enforcement.tools.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Timed GET requests against the platform's REST API, as a supervisor would make them. */
final class PlatformTimings {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String authorization;

	PlatformTimings(YearOptions options) {
		this.base = options.http();
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8));
	}

	/** One answer: its time and how long its body was. */
	record Timed(double millis, int bytes) {
	}

	/** Times one GET; fails unless the answer is 200. */
	Timed get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", authorization)
			.header("Accept", "application/json")
			.timeout(Duration.ofMinutes(5))
			.GET()
			.build();
		long started = System.nanoTime();
		HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		double millis = (System.nanoTime() - started) / 1e6;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return new Timed(millis, response.body().length);
	}

	/** The p-th percentile (nearest rank) of the times. */
	static double percentile(List<Double> millis, double p) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	static String loadAverage() {
		try {
			String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return String.format(Locale.ROOT, "load %s %s %s", fields[0], fields[1], fields[2]);
		}
		catch (java.io.IOException ex) {
			return "load n/a";
		}
	}

}

package cn.eco.enforcement.tools.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick of issue 19: stock Camunda 7.24 on Spring Boot behind Camunda's own HTTP Basic
 * filter, authorization on, history full, a one-user-task process started back to back by
 * {@code --threads} clients as the non-admin user {@code monitor}. It is not rebuilt here: the
 * tool runs the yardstick's own {@code run.sh}, which builds it once, starts it on a scratch
 * database {@code yardstick_<epoch>} of the same PostgreSQL server, measures, stops it, drops the
 * database and prints one JSON line. So the comparison is with exactly that stock Camunda.
 */
final class Yardstick {

	/** The JSON line's figures, as the yardstick's {@code HttpBench} prints them. */
	record Result(long ok, long non2xx, long errors, double seconds, double perSecond, double p50, double p95, double p99,
			double max) {

		/**
		 * Whether the figure means anything: some starts, and at most 1 % of the requests failed (run.sh
		 * starts measuring after 180 s even when stock Camunda is not up yet on a busy machine).
		 */
		boolean valid() {
			return ok > 0 && (errors + non2xx) * 100 <= ok + errors + non2xx;
		}

		String summary() {
			return String.format("%,.1f starts/s (%d, non-2xx %d, errors %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
					perSecond, ok, non2xx, errors, p50, p95, p99, max);
		}
	}

	private final Path directory;

	private Yardstick(Path directory) {
		this.directory = directory;
	}

	/**
	 * The yardstick in {@code directory}, or a clear error when it is not there: the ratio the tool
	 * reports has no meaning without it.
	 */
	static Yardstick at(String directory) {
		Path dir = Path.of(directory).toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw new IllegalArgumentException("--yardstick: no yardstick directory at " + dir
					+ " (expected the stock Camunda yardstick with run.sh; give its directory with --yardstick DIR)");
		}
		if (!Files.isRegularFile(dir.resolve("run.sh"))) {
			throw new IllegalArgumentException("--yardstick: " + dir + " has no run.sh (expected the stock Camunda yardstick)");
		}
		return new Yardstick(dir);
	}

	Path directory() {
		return directory;
	}

	/**
	 * Runs {@code run.sh} with the given clients, warm-up and measured seconds on the PostgreSQL
	 * server of {@code jdbcUrl}; its progress goes to standard error, its JSON line is parsed.
	 */
	Result run(LoadOptions options, int warmUpSeconds, int seconds) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", directory.resolve("run.sh").toString());
		Map<String, String> env = builder.environment();
		env.put("PORT", Integer.toString(options.yardstickPort()));
		env.put("THREADS", Integer.toString(options.threads()));
		env.put("WARMUP", Integer.toString(warmUpSeconds));
		env.put("MEASURE_SECONDS", Integer.toString(seconds));
		env.put("PGHOST", postgresHost(options.jdbcUrl()));
		env.put("PGUSER", options.jdbcUser());
		if (options.jdbcPassword() != null && !options.jdbcPassword().isEmpty()) {
			env.put("PGPASSWORD", options.jdbcPassword());
		}
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				lines.add(line);
			}
		}
		int status = process.waitFor();
		String json = lines.stream().filter(l -> l.strip().startsWith("{")).reduce((a, b) -> b).orElse(null);
		if (status != 0 || json == null) {
			throw new IOException("the yardstick (" + directory.resolve("run.sh") + ") ended with status " + status
					+ " and printed: " + String.join(" | ", lines));
		}
		return parse(json);
	}

	static Result parse(String json) {
		return new Result((long) number(json, "ok"), (long) number(json, "non2xx"), (long) number(json, "errors"),
				number(json, "elapsed_s"), number(json, "req_per_s"), number(json, "lat_ms_p50"), number(json, "lat_ms_p95"),
				number(json, "lat_ms_p99"), number(json, "lat_ms_max"));
	}

	private static double number(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("the yardstick's line has no " + key + ": " + json);
		}
		return Double.parseDouble(m.group(1));
	}

	/** The host of a {@code jdbc:postgresql://host:port/db} URL; 127.0.0.1 without one. */
	static String postgresHost(String jdbcUrl) {
		if (jdbcUrl == null) {
			return "127.0.0.1";
		}
		String host = URI.create(jdbcUrl.substring("jdbc:".length())).getHost();
		return host == null ? "127.0.0.1" : host;
	}

}

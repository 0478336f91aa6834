package cn.eco.enforcement.tools.simulator;

import java.util.Set;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * The benchmark's settings.
 *
 * @param host HJ 212 server host
 * @param port HJ 212 server port
 * @param http the platform's base URL for registration and the alarm check
 * @param user a supervisor or administrator (HTTP Basic)
 * @param password that user's password
 * @param devices synthetic devices BENCH0001…
 * @param connections TCP connections driving them
 * @param seconds measured sending time
 * @param warmupSeconds sending time before measuring starts
 * @param factors factors per minute packet
 * @param window packets in flight per connection
 * @param drainSeconds how long to wait for outstanding answers after sending stops
 * @param alarms exceedance packets for the alarm latency check, 0 to skip it
 * @param jdbcUrl the platform's PostgreSQL database for the baseline, or null to skip it
 * @param jdbcUser database user
 * @param jdbcPassword database password
 * @param serverPid the platform's process id for memory samples, or null
 * @param skipRegister whether the devices are known to be registered already
 * @param standard which paths to measure: 2017 (clear, Flag=5), 2025 (24-hex MN, Flag=9, SM4) or both,
 * one after the other in the same run
 * @param sm4Encoding how the 2025 devices write their ciphertext (registered with them)
 * @param sm4Padding how the 2025 devices pad their plaintext
 */
record BenchmarkOptions(String host, int port, String http, String user, String password, int devices,
		int connections, int seconds, int warmupSeconds, int factors, int window, int drainSeconds, int alarms,
		String jdbcUrl, String jdbcUser, String jdbcPassword, Long serverPid, boolean skipRegister, String standard,
		CpCipher.Encoding sm4Encoding, CpCipher.Padding sm4Padding) {

	/** Whether the 2017 path is measured. */
	boolean runs2017() {
		return !"2025".equals(standard);
	}

	/** Whether the 2025-with-SM4 path is measured. */
	boolean runs2025() {
		return !"2017".equals(standard);
	}

	static final Set<String> NAMES = Set.of("host", "port", "http", "user", "password", "devices", "connections",
			"seconds", "warmup-seconds", "factors", "window", "drain-seconds", "alarms", "jdbc-url", "jdbc-user",
			"jdbc-password", "server-pid", "skip-register", "standard", "sm4-encoding", "sm4-padding", "help");

	static final String USAGE = """
			usage: Hj212Benchmark [--host localhost] [--port 9212] [--http http://localhost:8080] [--user demo]
			                      [--password demo] [--devices 200] [--connections 20] [--seconds 60]
			                      [--warmup-seconds 5] [--factors 10] [--window 32] [--drain-seconds 30]
			                      [--alarms 20] [--jdbc-url jdbc:postgresql://127.0.0.1:5432/<db>]
			                      [--jdbc-user postgres] [--jdbc-password ""] [--server-pid <pid>] [--skip-register]
			                      [--standard both|2017|2025] [--sm4-encoding BASE64|HEX] [--sm4-padding ZERO|PKCS7]""";

	static BenchmarkOptions from(CommandLine options) {
		int devices = CommandLine.positive("devices", options.integer("devices", 200));
		int connections = CommandLine.positive("connections", options.integer("connections", 20));
		if (connections > devices) {
			throw new IllegalArgumentException("--connections (" + connections + ") must not exceed --devices (" + devices + ")");
		}
		int factors = CommandLine.positive("factors", options.integer("factors", 10));
		if (factors > BenchFactors.ALL.size()) {
			throw new IllegalArgumentException("--factors must be at most " + BenchFactors.ALL.size());
		}
		String jdbcUrl = options.text("jdbc-url", "").isBlank() ? null : options.text("jdbc-url", null);
		String pid = options.text("server-pid", "");
		return new BenchmarkOptions(options.text("host", "localhost"), options.integer("port", 9212),
				stripSlash(options.text("http", "http://localhost:8080")), options.text("user", "demo"),
				options.text("password", "demo"), devices, connections,
				CommandLine.positive("seconds", options.integer("seconds", 60)), options.integer("warmup-seconds", 5),
				factors, CommandLine.positive("window", options.integer("window", 32)),
				options.integer("drain-seconds", 30), options.integer("alarms", 20), jdbcUrl,
				options.text("jdbc-user", "postgres"), options.text("jdbc-password", ""),
				pid.isBlank() ? null : Long.valueOf(pid), options.has("skip-register"), standard(options),
				CpCipher.Encoding.valueOf(options.text("sm4-encoding", "BASE64").toUpperCase(java.util.Locale.ROOT)),
				CpCipher.Padding.valueOf(options.text("sm4-padding", "ZERO").toUpperCase(java.util.Locale.ROOT)));
	}

	private static String standard(CommandLine options) {
		String standard = options.text("standard", "both");
		if (!Set.of("both", "2017", "2025").contains(standard)) {
			throw new IllegalArgumentException("--standard must be both, 2017 or 2025: " + standard);
		}
		return standard;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}

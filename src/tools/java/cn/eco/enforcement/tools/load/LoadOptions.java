package cn.eco.enforcement.tools.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@link IntakeLoad}, {@code --name value} or {@code --name=value}.
 *
 * @param http the platform's base URL
 * @param user alarm source account (role monitor), password = {@code password}
 * @param admin an administrator or supervisor for setup and checks (devices, task counts)
 * @param host HJ 212 host
 * @param port HJ 212 port
 * @param rate alarms per second offered in the fixed-rate phase
 * @param seconds length of the fixed-rate phase
 * @param devices HJ 212 loggers sending one real-time packet each per second during that phase
 * @param threads clients of the saturation phase and threads of the baseline
 * @param saturationSeconds length of the saturation phase and of the baseline (0 skips both)
 * @param jdbcUrl the platform's database: the baselines use scratch databases on the same server
 * @param yardstick the stock-Camunda yardstick's directory (its {@code run.sh}); null skips it
 * @param yardstickPort the HTTP port the yardstick listens on while it runs
 * @param backgroundLoad busy threads in a second JVM during the fixed-rate phase (0: none)
 * @param extraBaselines also run bare Camunda in-process and over the platform's engine REST (for information)
 * @param serverPid the platform's process id: its GC pauses are logged during the fixed-rate phase (null: not)
 */
record LoadOptions(String http, String user, String password, String admin, String adminPassword, String host, int port,
		int rate, int seconds, int devices, int threads, int saturationSeconds, String jdbcUrl, String jdbcUser,
		String jdbcPassword, String yardstick, int yardstickPort, int backgroundLoad, boolean extraBaselines,
		Long serverPid) {

	static final String USAGE = """
			usage: IntakeLoad [--http http://localhost:8080] [--user monitor --password monitor]
			                  [--admin demo --admin-password demo] [--host localhost --port 9212]
			                  [--rate 50] [--seconds 60] [--devices 20] [--threads 4] [--saturation-seconds 30]
			                  [--jdbc-url jdbc:postgresql://127.0.0.1:5432/enforcement --jdbc-user postgres --jdbc-password ""]
			                  [--yardstick ../shared/yardstick | --yardstick none] [--yardstick-port 18090]
			                  [--background-load 0] [--extra-baselines] [--server-pid <pid>]
			The yardstick (stock Camunda 7.24, its run.sh) runs on the PostgreSQL server of --jdbc-url
			(127.0.0.1 without it) right before the saturation phase; --saturation-seconds 0 skips both.
			--background-load N runs N busy threads in a second JVM during the fixed-rate phase.
			--extra-baselines adds bare Camunda in-process (needs --jdbc-url) and over the platform's
			engine REST, for information. During the fixed-rate phase a probe commits on that server every
			50 ms, and with --server-pid the platform logs its GC pauses (jcmd VM.log): each episode of slow
			alarms is printed with the stalls that overlapped it. See docs/load.md.""";

	private static final Set<String> NAMES = Set.of("http", "user", "password", "admin", "admin-password", "host", "port",
			"rate", "seconds", "devices", "threads", "saturation-seconds", "jdbc-url", "jdbc-user", "jdbc-password", "yardstick", "yardstick-port", "background-load",
			"extra-baselines", "server-pid", "help");

	static LoadOptions parse(String[] args) {
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
			if (!NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name);
			}
			values.put(name, value);
		}
		if (values.containsKey("help")) {
			return null;
		}
		return new LoadOptions(values.getOrDefault("http", "http://localhost:8080"), values.getOrDefault("user", "monitor"),
				values.getOrDefault("password", "monitor"), values.getOrDefault("admin", "demo"),
				values.getOrDefault("admin-password", "demo"), values.getOrDefault("host", "localhost"),
				number(values, "port", 9212), number(values, "rate", 50), number(values, "seconds", 60),
				number(values, "devices", 20), number(values, "threads", 4), number(values, "saturation-seconds", 30),
				values.get("jdbc-url"), values.getOrDefault("jdbc-user", "postgres"), values.getOrDefault("jdbc-password", ""),
				"none".equals(values.get("yardstick")) ? null : values.getOrDefault("yardstick", "../shared/yardstick"),
				number(values, "yardstick-port", 18090), number(values, "background-load", 0),
				Boolean.parseBoolean(values.getOrDefault("extra-baselines", "false")),
				values.containsKey("server-pid") ? (long) number(values, "server-pid", 0) : null);
	}

	private static int number(Map<String, String> values, String name, int fallback) {
		try {
			return values.containsKey(name) ? Integer.parseInt(values.get(name).strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " needs a whole number: " + values.get(name));
		}
	}

}

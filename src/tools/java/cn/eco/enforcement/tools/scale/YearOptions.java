package cn.eco.enforcement.tools.scale;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@link YearOfData}, {@code --name value} or {@code --name=value}.
 *
 * @param http the platform's base URL
 * @param user a supervisor or administrator (readings, monthly report, benchmark device registration)
 * @param host HJ 212 host
 * @param port HJ 212 port
 * @param jdbcUrl the platform's PostgreSQL database, into which the year is loaded (a scratch one)
 * @param devices devices whose year is loaded
 * @param factors factors per device (w01018, w21003, w01001, w00000, … as the HJ 212 benchmark sends them)
 * @param hourDays days of hourly data, back from the last whole hour
 * @param minuteDays days of minute data, back from the last whole hour
 * @param minuteInterval minutes between two minute values (HJ 212 minute data, 2051)
 * @param ingestDevices devices of the HJ 212 benchmark run on the empty and on the loaded table
 * @param ingestSeconds measured seconds of each of those runs
 * @param monthRequests requests for one device's month of hourly data
 * @param reportRuns runs of the monthly report
 */
record YearOptions(String http, String user, String password, String host, int port, String jdbcUrl, String jdbcUser,
		String jdbcPassword, int devices, int factors, int hourDays, int minuteDays, int minuteInterval, int ingestDevices,
		int ingestSeconds, int monthRequests, int reportRuns) {

	static final String USAGE = """
			usage: YearOfData --jdbc-url jdbc:postgresql://127.0.0.1:5432/year_x [--jdbc-user postgres --jdbc-password ""]
			                  [--http http://localhost:8080] [--user demo --password demo] [--host localhost --port 9212]
			                  [--devices 2000] [--factors 4] [--hour-days 365] [--minute-days 30] [--minute-interval 10]
			                  [--ingest-devices 200] [--ingest-seconds 60] [--month-requests 200] [--report-runs 3]
			Run it against a platform started (demo mode) on a scratch database: it writes a year of data
			there. See docs/scale.md.""";

	private static final Set<String> NAMES = Set.of("http", "user", "password", "host", "port", "jdbc-url", "jdbc-user",
			"jdbc-password", "devices", "factors", "hour-days", "minute-days", "minute-interval", "ingest-devices",
			"ingest-seconds", "month-requests", "report-runs", "help");

	/** The options, or null for {@code --help}. */
	static YearOptions parse(String[] args) {
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
		if (!values.containsKey("jdbc-url")) {
			throw new IllegalArgumentException("--jdbc-url is required");
		}
		return new YearOptions(values.getOrDefault("http", "http://localhost:8080"), values.getOrDefault("user", "demo"),
				values.getOrDefault("password", "demo"), values.getOrDefault("host", "localhost"),
				number(values, "port", 9212), values.get("jdbc-url"), values.getOrDefault("jdbc-user", "postgres"),
				values.getOrDefault("jdbc-password", ""), number(values, "devices", 2000), number(values, "factors", 4),
				number(values, "hour-days", 365), number(values, "minute-days", 30), number(values, "minute-interval", 10),
				number(values, "ingest-devices", 200), number(values, "ingest-seconds", 60),
				number(values, "month-requests", 200), number(values, "report-runs", 3));
	}

	private static int number(Map<String, String> values, String name, int fallback) {
		String value = values.get(name);
		int number = value == null ? fallback : Integer.parseInt(value);
		if (number <= 0) {
			throw new IllegalArgumentException("--" + name + " must be positive");
		}
		return number;
	}

}

package cn.eco.enforcement.tools.simulator;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plays the demo HJ 212 data loggers against a running platform, one TCP connection per device.
 * <ul>
 * <li>{@code --scenario demo} (default): 24 hours of hourly history, then an exceedance, an ambient
 * PM2.5 spike, a flat line, an abnormal data flag, a packet with a wrong CRC and a garbage line,
 * then live data;</li>
 * <li>{@code --scenario steady}: live data only, nothing abnormal.</li>
 * </ul>
 * Every packet asks for an answer (Flag=5); the tool counts 9014 answers, 9011 refusals by QnRtn and
 * packets left unanswered. See {@code docs/monitoring-tools.md}.
 */
public final class Hj212Simulator {

	private static final Set<String> OPTIONS = Set.of("host", "port", "scenario", "minutes", "interval-seconds",
			"password", "answer-timeout-seconds", "dropout", "seed", "help");

	private static final String USAGE = """
			usage: Hj212Simulator [--host localhost] [--port 9212] [--scenario demo|steady] [--minutes 5]
			                      [--interval-seconds 30] [--password 123456] [--answer-timeout-seconds 10]
			                      [--dropout 0.05] [--seed 212]""";

	private final String host;

	private final int port;

	private final boolean demo;

	private final int minutes;

	private final int intervalSeconds;

	private final String password;

	private final int timeoutMillis;

	private final double dropout;

	private final long seed;

	private Hj212Simulator(CommandLine options) {
		this.host = options.text("host", "localhost");
		this.port = CommandLine.positive("port", options.integer("port", 9212));
		String scenario = options.text("scenario", "demo");
		if (!Set.of("demo", "steady").contains(scenario)) {
			throw new IllegalArgumentException("--scenario must be demo or steady: " + scenario);
		}
		this.demo = scenario.equals("demo");
		this.minutes = options.integer("minutes", 5);
		if (minutes < 0) {
			throw new IllegalArgumentException("--minutes must not be negative: " + minutes);
		}
		this.intervalSeconds = CommandLine.positive("interval-seconds", options.integer("interval-seconds", 30));
		this.password = options.text("password", DemoDevices.PASSWORD);
		this.timeoutMillis = 1000 * CommandLine.positive("answer-timeout-seconds", options.integer("answer-timeout-seconds", 10));
		this.dropout = options.decimal("dropout", 0.05);
		if (dropout < 0 || dropout >= 1) {
			throw new IllegalArgumentException("--dropout must be in [0, 1): " + dropout);
		}
		this.seed = options.integer("seed", 212);
	}

	public static void main(String[] args) throws InterruptedException {
		Hj212Simulator simulator;
		try {
			CommandLine options = CommandLine.parse(args, OPTIONS);
			if (options.has("help")) {
				System.out.println(USAGE);
				return;
			}
			simulator = new Hj212Simulator(options);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		int status = simulator.run();
		if (status != 0) {
			System.exit(status);
		}
	}

	private int run() throws InterruptedException {
		List<DeviceProfile> devices = DemoDevices.all();
		PacketFactory packets = new PacketFactory(password);
		Recovery recovery = new Recovery();
		List<SimulatedLogger> loggers = new ArrayList<>();
		for (int i = 0; i < devices.size(); i++) {
			loggers.add(new SimulatedLogger(devices.get(i), new LoggerConnection(host, port, timeoutMillis), seed * 1000 + i));
		}
		ZonedDateTime currentHour = ChinaTime.now().truncatedTo(ChronoUnit.HOURS);
		System.out.printf("HJ 212 simulator: scenario %s, %d devices → %s:%d, live %d min every %d s (China time %s)%n",
				demo ? "demo" : "steady", loggers.size(), host, port, minutes, intervalSeconds,
				ChinaTime.readable(ChinaTime.now()));
		SendStats total = new SendStats();
		try {
			if (demo) {
				DemoScenario scenario = new DemoScenario(packets, recovery, loggers, currentHour);
				long started = System.nanoTime();
				SendStats history = scenario.backFill();
				System.out.printf("back-fill: hourly data (CN 2061) %s … %s, %s (%.1f s)%n",
						ChinaTime.readable(currentHour.minusHours(24)), ChinaTime.readable(currentHour.minusHours(1)),
						history.summary(), (System.nanoTime() - started) / 1e9);
				total.add(history);
				System.out.println("anomalies:");
				SendStats anomalies;
				try {
					anomalies = scenario.anomalies();
				}
				catch (java.io.IOException ex) {
					System.out.println("  anomaly phase aborted: " + ex.getMessage());
					anomalies = new SendStats();
				}
				System.out.println("anomalies: " + anomalies.summary());
				total.add(anomalies);
			}
			if (minutes > 0) {
				System.out.printf("live: real-time (CN 2011) every %d s, minute data (CN 2051) each minute, hour data "
						+ "(CN 2061) each hour, drop-out rate %.0f %%, for %d min%n", intervalSeconds, dropout * 100, minutes);
				SendStats live = new LivePhase(packets, recovery, Duration.ofSeconds(intervalSeconds), dropout)
					.run(loggers, Duration.ofMinutes(minutes), currentHour);
				System.out.println("live: " + live.summary());
				total.add(live);
			}
		}
		finally {
			loggers.forEach(SimulatedLogger::close);
		}
		System.out.println("total: " + total.summary());
		if (demo) {
			System.out.println("alarms: curl -u demo:demo 'http://" + host
					+ ":<http-port>/api/alarms?limit=50' (externalId MON-<MN>-<condition>); Tasklist: wangqiang, zhaolei");
		}
		return total.answered() > 0 ? 0 : 1;
	}

}

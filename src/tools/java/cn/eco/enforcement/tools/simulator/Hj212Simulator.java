package cn.eco.enforcement.tools.simulator;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * Plays the demo HJ 212 data loggers against a running platform, one TCP connection per device.
 * <ul>
 * <li>{@code --scenario demo} (default): 24 hours of hourly history, then an exceedance, an ambient
 * PM2.5 spike, a flat line, an abnormal data flag, a packet with a wrong CRC and a garbage line,
 * then live data;</li>
 * <li>{@code --scenario steady}: live data only, nothing abnormal.</li>
 * </ul>
 * Every packet asks for an answer; the tool counts 9014 answers, 9011 refusals by QnRtn and packets
 * left unanswered. With {@code --standard 2017} (default) the demo devices speak HJ 212-2017 in clear
 * (Flag=5); with {@code --standard 2025} their HJ 212-2025 twins ({@link DemoTwins}: 24-hex MN, own SM4
 * key) send Flag=9 packets with the data area SM4-encrypted, after the tool registered them over HTTP
 * (unless {@code --skip-register}). See {@code docs/monitoring-tools.md}.
 */
public final class Hj212Simulator {

	private static final Set<String> OPTIONS = Set.of("host", "port", "scenario", "minutes", "interval-seconds",
			"password", "answer-timeout-seconds", "dropout", "seed", "standard", "http", "http-user", "http-password",
			"skip-register", "sm4-encoding", "sm4-padding", "help");

	private static final String USAGE = """
			usage: Hj212Simulator [--host localhost] [--port 9212] [--scenario demo|steady] [--minutes 5]
			                      [--interval-seconds 30] [--password 123456] [--answer-timeout-seconds 10]
			                      [--dropout 0.05] [--seed 212]
			                      [--standard 2017|2025] [--http http://localhost:8080] [--http-user demo]
			                      [--http-password demo] [--skip-register] [--sm4-encoding BASE64|HEX]
			                      [--sm4-padding ZERO|PKCS7]""";

	private final String host;

	private final int port;

	private final boolean demo;

	private final int minutes;

	private final int intervalSeconds;

	private final String password;

	private final int timeoutMillis;

	private final double dropout;

	private final long seed;

	/** The SM4 setting of the HJ 212-2025 twins, or null for HJ 212-2017 in clear. */
	private final Sm4Setting sm4;

	private final String http;

	private final String httpUser;

	private final String httpPassword;

	private final boolean register;

	/** How the 2025 twins write and pad their ciphertext. */
	record Sm4Setting(CpCipher.Encoding encoding, CpCipher.Padding padding) {
	}

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
		this.sm4 = sm4Setting(options);
		this.http = options.text("http", "http://localhost:8080");
		this.httpUser = options.text("http-user", "demo");
		this.httpPassword = options.text("http-password", "demo");
		this.register = !options.has("skip-register");
	}

	/** {@code --standard 2025} with its encoding and padding, or null for 2017. */
	static Sm4Setting sm4Setting(CommandLine options) {
		String standard = options.text("standard", "2017");
		if (!Set.of("2017", "2025").contains(standard)) {
			throw new IllegalArgumentException("--standard must be 2017 or 2025: " + standard);
		}
		if (standard.equals("2017")) {
			if (options.has("sm4-encoding") || options.has("sm4-padding")) {
				throw new IllegalArgumentException("--sm4-encoding and --sm4-padding need --standard 2025");
			}
			return null;
		}
		String encoding = options.text("sm4-encoding", "BASE64").toUpperCase(Locale.ROOT);
		String padding = options.text("sm4-padding", "ZERO").toUpperCase(Locale.ROOT);
		if (!Set.of("BASE64", "HEX").contains(encoding)) {
			throw new IllegalArgumentException("--sm4-encoding must be BASE64 or HEX: " + encoding);
		}
		if (!Set.of("ZERO", "PKCS7").contains(padding)) {
			throw new IllegalArgumentException("--sm4-padding must be ZERO or PKCS7: " + padding);
		}
		return new Sm4Setting(CpCipher.Encoding.valueOf(encoding), CpCipher.Padding.valueOf(padding));
	}

	/**
	 * The loggers the run plays: the demo devices in clear, or with an SM4 setting their HJ 212-2025
	 * twins, each with its own key.
	 */
	static List<SimulatedLogger> loggers(List<DeviceProfile> devices, Sm4Setting sm4, long seed,
			java.util.function.Supplier<LoggerConnection> connections) {
		List<SimulatedLogger> loggers = new ArrayList<>();
		for (int i = 0; i < devices.size(); i++) {
			DeviceProfile demo = devices.get(i);
			if (sm4 == null) {
				loggers.add(new SimulatedLogger(demo, connections.get(), seed * 1000 + i));
			}
			else {
				DeviceProfile twin = DemoTwins.twin(demo, i);
				loggers.add(new SimulatedLogger(demo.mn(), twin, DemoTwins.cipher(twin.mn(), sm4.encoding(), sm4.padding()),
						connections.get(), seed * 1000 + i));
			}
		}
		return loggers;
	}

	/**
	 * Checks that the twins' packets fit the standard's 1024 bytes in the chosen encoding (split into
	 * parts where needed), then
	 * registers the twins (unless {@code --skip-register}) and prints which twin plays which device.
	 */
	private boolean prepare2025(List<DeviceProfile> devices) throws InterruptedException {
		PacketFactory packets = new PacketFactory(password);
		ZonedDateTime hour = ChinaTime.now().truncatedTo(ChronoUnit.HOURS);
		try {
			for (SimulatedLogger logger : loggers(devices, sm4, seed, () -> null)) {
				java.util.Random random = new java.util.Random(1);
				for (Upload upload : List.of(packets.realtime(logger.device(), hour, random),
						packets.hour(logger.device(), hour, java.util.Map.of(), random))) {
					logger.parts(upload);
				}
			}
		}
		catch (IllegalStateException tooLong) {
			System.err.println(tooLong.getMessage() + " — even one factor of this demo device does not fit in "
					+ sm4.encoding());
			return false;
		}
		if (register) {
			try {
				DemoTwins.register(new PlatformClient(http, httpUser, httpPassword), devices, password, sm4.encoding(),
						sm4.padding());
			}
			catch (java.io.IOException ex) {
				System.err.println("registering the HJ 212-2025 twins at " + http + " failed: " + ex.getMessage());
				return false;
			}
		}
		System.out.printf("HJ 212-2025 twins (%s %s):%n", register ? "registered at" : "expected at", http);
		for (int i = 0; i < devices.size(); i++) {
			System.out.printf("  %s plays %s%n", DemoTwins.twinMn(i), devices.get(i).mn());
		}
		return true;
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
		if (sm4 != null && !prepare2025(devices)) {
			return 1;
		}
		List<SimulatedLogger> loggers = loggers(devices, sm4, seed, () -> new LoggerConnection(host, port, timeoutMillis));
		ZonedDateTime currentHour = ChinaTime.now().truncatedTo(ChronoUnit.HOURS);
		System.out.printf("HJ 212 simulator: scenario %s, %d devices → %s:%d, live %d min every %d s (China time %s), %s%n",
				demo ? "demo" : "steady", loggers.size(), host, port, minutes, intervalSeconds,
				ChinaTime.readable(ChinaTime.now()), sm4 == null ? "HJ 212-2017 in clear (Flag=5)"
						: "HJ 212-2025 twins with SM4 (Flag=9, " + sm4.encoding() + ", " + sm4.padding() + ")");
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

package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Measures acknowledged HJ 212 ingestion against a running platform: registers synthetic wastewater
 * devices over HTTP, drives minute packets (CN 2051, Flag=5) over pipelined TCP connections and counts
 * a reading only when its 9014 answer arrived (the platform answers after committing). Then it
 * measures alarm latency with exceedance packets and, given {@code --jdbc-url}, a plain JDBC batch
 * insert baseline on the same database. See {@code docs/monitoring-tools.md}.
 */
public final class Hj212Benchmark {

	private static final String DEVICE_PASSWORD = "123456";

	private static final int ENTERPRISES = 30;

	private final BenchmarkOptions options;

	private Hj212Benchmark(BenchmarkOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		BenchmarkOptions options;
		try {
			CommandLine commandLine = CommandLine.parse(args, BenchmarkOptions.NAMES);
			if (commandLine.has("help")) {
				System.out.println(BenchmarkOptions.USAGE);
				return;
			}
			options = BenchmarkOptions.from(commandLine);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(BenchmarkOptions.USAGE);
			System.exit(2);
			return;
		}
		int status;
		try {
			status = new Hj212Benchmark(options).run();
		}
		catch (IOException ex) {
			System.err.println("benchmark aborted: " + ex);
			status = 1;
		}
		if (status != 0) {
			System.exit(status);
		}
	}

	/** ENT-0001 … ENT-0030, cycling: the demo enterprises. */
	static String enterpriseCode(int oneBased) {
		return String.format("ENT-%04d", (oneBased - 1) % ENTERPRISES + 1);
	}

	private int run() throws IOException, InterruptedException {
		List<FactorProfile> factors = BenchFactors.ALL.subList(0, options.factors());
		List<String> mns = deviceNumbers();
		try {
			new BenchDevice(mns.get(0), DEVICE_PASSWORD).minutePacket(factors, new SplittableRandom()).frame("0");
		}
		catch (IllegalStateException tooLong) {
			System.err.println(tooLong.getMessage());
			return 2;
		}
		PlatformClient platform = new PlatformClient(options.http(), options.user(), options.password());
		System.out.printf("HJ 212 benchmark → %s:%d (HTTP %s): %d devices over %d connections, %d factors/packet, window %d%n",
				options.host(), options.port(), options.http(), options.devices(), options.connections(), options.factors(),
				options.window());
		if (!options.skipRegister()) {
			long started = System.nanoTime();
			for (int i = 0; i < mns.size(); i++) {
				platform.registerWastewaterDevice(mns.get(i), DEVICE_PASSWORD, enterpriseCode(i + 1), "压测虚拟排口 " + mns.get(i),
						BenchFactors.COD_LIMIT);
			}
			System.out.printf("registered %d devices (w01018 limit %.0f) in %.1f s%n", mns.size(), BenchFactors.COD_LIMIT,
					(System.nanoTime() - started) / 1e9);
		}
		ServerMemory memory = options.serverPid() == null ? null : new ServerMemory(options.serverPid());
		OptionalLong heapBefore = OptionalLong.empty();
		if (memory != null) {
			heapBefore = memory.heapAfterFullGcKb();
			memory.sampleKb().ifPresentOrElse(kb -> System.out.printf("server RSS before: %,d MB%n", kb / 1024),
					() -> System.out.println("server RSS: cannot read /proc/" + memory.pid() + "/status"));
		}
		System.out.printf("sending for %d s after a %d s warm-up…%n", options.seconds(), options.warmupSeconds());
		ThroughputRun.Result result;
		JdbcBaseline.loadDriver();
		try (Connection database = options.jdbcUrl() == null ? null
				: DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword())) {
			result = new ThroughputRun(options, factors, memory, new CpuMeter(options.serverPid(), database)).run(mns,
					DEVICE_PASSWORD);
		}
		catch (SQLException ex) {
			throw new IOException("cannot connect to " + options.jdbcUrl() + ": " + ex.getMessage(), ex);
		}
		OptionalLong heapAfter = OptionalLong.empty();
		if (memory != null) {
			memory.sampleKb();
			heapAfter = memory.heapAfterFullGcKb();
		}

		AlarmProbe.Result alarms = null;
		if (options.alarms() > 0) {
			System.out.printf("alarm latency: %d exceedance packets (w01018 = %.0f > %.0f) on fresh devices…%n",
					options.alarms(), BenchFactors.COD_EXCEEDANCE, BenchFactors.COD_LIMIT);
			alarms = new AlarmProbe(options, platform, DEVICE_PASSWORD).run();
		}

		JdbcBaseline.Result baseline = null;
		String baselineNote = "skipped: no --jdbc-url";
		if (options.jdbcUrl() != null && result.measuredReadings() > 0) {
			System.out.printf("JDBC baseline: %,d rows into %s…%n", result.measuredReadings(), JdbcBaseline.TABLE);
			try {
				baseline = new JdbcBaseline().run(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword(),
						result.measuredReadings(), mns, factors);
			}
			catch (SQLException ex) {
				baselineNote = "failed: " + ex.getMessage();
			}
		}
		else if (options.jdbcUrl() != null) {
			baselineNote = "skipped: nothing was acknowledged";
		}
		BenchmarkReport.print(options, result, alarms, baseline, baselineNote,
				memory == null ? null : new BenchmarkReport.Memory(memory, heapBefore, heapAfter));
		return result.measuredReadings() > 0 ? 0 : 1;
	}

	private List<String> deviceNumbers() {
		int width = Math.max(4, Integer.toString(options.devices()).length());
		List<String> mns = new ArrayList<>();
		for (int i = 1; i <= options.devices(); i++) {
			mns.add("BENCH" + String.format("%0" + width + "d", i));
		}
		return mns;
	}

}

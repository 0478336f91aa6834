package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * Measures acknowledged HJ 212 ingestion against a running platform: registers synthetic wastewater
 * devices over HTTP, drives minute packets (CN 2051, Flag=5) over pipelined TCP connections and counts
 * a reading only when its 9014 answer arrived (the platform answers after committing). By default it
 * then does the same with HJ 212-2025 devices (24-hex MN, Flag=9, data area SM4-encrypted with the key,
 * encoding and padding they were registered with) and prints that rate next to the 2017 one. Then it
 * measures alarm latency with exceedance packets and, given {@code --jdbc-url}, a plain JDBC batch
 * insert baseline on the same database. See {@code docs/monitoring-tools.md}.
 */
public final class Hj212Benchmark {

	private static final String DEVICE_PASSWORD = "123456";

	/**
	 * The SM4 key the benchmark's 2025 devices are registered with (the GB/T 32907 test-vector key): a
	 * benchmark device's key, known to anyone who reads this, so the devices can be re-used with
	 * {@code --skip-register}.
	 */
	static final String SM4_KEY = "0123456789ABCDEFFEDCBA9876543210";

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
		CpCipher cipher = new CpCipher(HexFormat.of().parseHex(SM4_KEY), options.sm4Encoding(), options.sm4Padding());
		List<String> clearMns = options.runs2017() ? deviceNumbers() : List.of();
		List<String> sm4Mns = options.runs2025() ? deviceNumbers2025() : List.of();
		try {
			if (options.runs2017()) {
				new BenchDevice(clearMns.get(0), DEVICE_PASSWORD).minutePacket(factors, new SplittableRandom()).frame("0");
			}
			if (options.runs2025()) {
				new BenchDevice(sm4Mns.get(0), DEVICE_PASSWORD, cipher).minutePacket(factors, new SplittableRandom()).frame("0");
			}
		}
		catch (IllegalStateException tooLong) {
			System.err.println(tooLong.getMessage());
			return 2;
		}
		PlatformClient platform = new PlatformClient(options.http(), options.user(), options.password());
		System.out.printf("HJ 212 benchmark → %s:%d (HTTP %s): %d devices over %d connections, %d factors/packet, window %d, paths: %s%n",
				options.host(), options.port(), options.http(), options.devices(), options.connections(), options.factors(),
				options.window(), paths());
		if (!options.skipRegister()) {
			long started = System.nanoTime();
			register(platform, clearMns, null);
			register(platform, sm4Mns, cipher);
			System.out.printf("registered %d devices (w01018 limit %.0f) in %.1f s%n", clearMns.size() + sm4Mns.size(),
					BenchFactors.COD_LIMIT, (System.nanoTime() - started) / 1e9);
		}
		ServerMemory memory = options.serverPid() == null ? null : new ServerMemory(options.serverPid());
		OptionalLong heapBefore = OptionalLong.empty();
		if (memory != null) {
			heapBefore = memory.heapAfterFullGcKb();
			memory.sampleKb().ifPresentOrElse(kb -> System.out.printf("server RSS before: %,d MB%n", kb / 1024),
					() -> System.out.println("server RSS: cannot read /proc/" + memory.pid() + "/status"));
		}
		boolean mainIs2017 = options.runs2017();
		List<String> mns = mainIs2017 ? clearMns : sm4Mns;
		System.out.printf("%s: sending for %d s after a %d s warm-up…%n", mainIs2017 ? "HJ 212-2017" : "HJ 212-2025 with SM4",
				options.seconds(), options.warmupSeconds());
		JdbcBaseline.loadDriver();
		ThroughputRun.Result result = throughput(factors, memory, mns, mainIs2017 ? null : cipher);
		ThroughputRun.Result sm4Result = null;
		if (mainIs2017 && options.runs2025()) {
			System.out.printf("HJ 212-2025 with SM4 (%s, %s): sending for %d s after a %d s warm-up…%n",
					cipher.encoding(), cipher.padding(), options.seconds(), options.warmupSeconds());
			sm4Result = throughput(factors, memory, sm4Mns, cipher);
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
		if (sm4Result != null) {
			BenchmarkReport.printSm4(options, result, sm4Result);
		}
		return result.measuredReadings() > 0 && (sm4Result == null || sm4Result.measuredReadings() > 0) ? 0 : 1;
	}

	private String paths() {
		return options.runs2017() && options.runs2025() ? "2017 in clear, then 2025 with SM4"
				: options.runs2017() ? "2017 in clear" : "2025 with SM4";
	}

	private void register(PlatformClient platform, List<String> mns, CpCipher cipher)
			throws IOException, InterruptedException {
		for (int i = 0; i < mns.size(); i++) {
			platform.registerWastewaterDevice(mns.get(i), DEVICE_PASSWORD, enterpriseCode(i + 1), "压测虚拟排口 " + mns.get(i),
					BenchFactors.COD_LIMIT, cipher);
		}
	}

	/** One measured path: the given devices, 2017 in clear or (with a cipher) 2025 with SM4. */
	private ThroughputRun.Result throughput(List<FactorProfile> factors, ServerMemory memory, List<String> mns,
			CpCipher cipher) throws IOException, InterruptedException {
		try (Connection database = options.jdbcUrl() == null ? null
				: DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword())) {
			return new ThroughputRun(options, factors, memory, new CpuMeter(options.serverPid(), database), cipher)
				.run(mns, DEVICE_PASSWORD);
		}
		catch (SQLException ex) {
			throw new IOException("cannot connect to " + options.jdbcUrl() + ": " + ex.getMessage(), ex);
		}
	}

	/** The 2025 devices: 24-hex network codes BE2025…, as HJ 212-2025 requires. */
	List<String> deviceNumbers2025() {
		List<String> mns = new ArrayList<>();
		for (int i = 1; i <= options.devices(); i++) {
			mns.add("BE2025" + String.format("%018X", i));
		}
		return mns;
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

package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * The throughput part of the benchmark: devices spread over the connections, a warm-up, the
 * measured period with a progress line every 10 s, then a drain for outstanding answers.
 */
final class ThroughputRun {

	private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(10);

	private final BenchmarkOptions options;

	private final List<FactorProfile> factors;

	private final ServerMemory memory;

	private final CpuMeter cpu;

	private final CpCipher cipher;

	ThroughputRun(BenchmarkOptions options, List<FactorProfile> factors, ServerMemory memory, CpuMeter cpu) {
		this(options, factors, memory, cpu, null);
	}

	/** A run whose devices speak HJ 212-2025 and encrypt with this setting, or 2017 in clear when null. */
	ThroughputRun(BenchmarkOptions options, List<FactorProfile> factors, ServerMemory memory, CpuMeter cpu,
			CpCipher cipher) {
		this.cipher = cipher;
		this.options = options;
		this.factors = factors;
		this.memory = memory;
		this.cpu = cpu;
	}

	/**
	 * What the run measured.
	 *
	 * @param measuredSeconds from the end of the warm-up to the last answer counted
	 * @param cpu CPU time from the end of the warm-up until the answers drained
	 * @param loadAverage the machine's 1-minute load average when sending stopped
	 */
	record Result(long sent, long answered, Map<Integer, Long> refused, long unanswered, long unmatched,
			long measuredPackets, long measuredReadings, double measuredSeconds, LatencyRecorder latencies,
			List<String> failures, CpuMeter.Use cpu, double loadAverage) {

		double readingsPerSecond() {
			return measuredSeconds > 0 ? measuredReadings / measuredSeconds : 0;
		}

		double packetsPerSecond() {
			return measuredSeconds > 0 ? measuredPackets / measuredSeconds : 0;
		}

	}

	Result run(List<String> mns, String devicePassword) throws IOException, InterruptedException {
		Measurement measurement = new Measurement();
		List<PipelinedConnection> connections = connect(mns, devicePassword, measurement);
		long begin = System.nanoTime();
		long measureFrom = begin + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
		long sendUntil = measureFrom + TimeUnit.SECONDS.toNanos(options.seconds());
		measurement.startAt(measureFrom);
		connections.forEach(c -> c.start(sendUntil));
		progress(measurement, connections, begin, sendUntil);
		double loadAverage = CpuMeter.loadAverage();
		for (PipelinedConnection connection : connections) {
			connection.awaitWriter();
		}
		long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.drainSeconds());
		while (inFlight(connections) > 0 && System.nanoTime() < drainUntil) {
			Thread.sleep(50);
		}
		CpuMeter.Use cpuUse = cpu.stop();
		long unanswered = inFlight(connections);
		LatencyRecorder latencies = new LatencyRecorder();
		List<String> failures = new ArrayList<>();
		for (PipelinedConnection connection : connections) {
			connection.close();
			latencies.addAll(connection.latencies());
			if (connection.failure() != null) {
				failures.add(connection.failure());
			}
		}
		double seconds = Math.max(0, measurement.lastAnswerNanos() - measureFrom) / 1e9;
		return new Result(measurement.sentCount(), measurement.answeredCount(), measurement.refusedByQnRtn(), unanswered,
				measurement.unmatchedCount(), measurement.measuredPackets(), measurement.measuredReadings(), seconds,
				latencies, failures, cpuUse, loadAverage);
	}

	private List<PipelinedConnection> connect(List<String> mns, String devicePassword, Measurement measurement)
			throws IOException {
		List<List<BenchDevice>> perConnection = new ArrayList<>();
		for (int c = 0; c < options.connections(); c++) {
			perConnection.add(new ArrayList<>());
		}
		for (int i = 0; i < mns.size(); i++) {
			perConnection.get(i % options.connections()).add(new BenchDevice(mns.get(i), devicePassword, cipher));
		}
		List<PipelinedConnection> connections = new ArrayList<>();
		for (int c = 0; c < perConnection.size(); c++) {
			PipelinedConnection connection = new PipelinedConnection("bench-" + (c + 1), perConnection.get(c), factors,
					options.window(), measurement, 1000L + c);
			connection.connect(options.host(), options.port());
			connections.add(connection);
		}
		return connections;
	}

	private void progress(Measurement measurement, List<PipelinedConnection> connections, long begin, long sendUntil)
			throws InterruptedException {
		long lastAnswered = 0;
		long lastAt = begin;
		long next = begin + PROGRESS_NANOS;
		boolean cpuStarted = false;
		while (System.nanoTime() < sendUntil) {
			long wake = cpuStarted ? next : Math.min(next, measurement.startNanos());
			long sleep = Math.min(wake, sendUntil) - System.nanoTime();
			if (sleep > 0) {
				TimeUnit.NANOSECONDS.sleep(sleep);
			}
			long now = System.nanoTime();
			if (!cpuStarted && now >= measurement.startNanos()) {
				cpu.start();
				cpuStarted = true;
			}
			if (now < next && now < sendUntil) {
				continue;
			}
			long answered = measurement.answeredCount();
			double rate = (answered - lastAnswered) / ((now - lastAt) / 1e9);
			String phase = now < measurement.startNanos() ? " (warm-up)" : "";
			String rss = "";
			if (memory != null) {
				OptionalLong kb = memory.sampleKb();
				rss = kb.isPresent() ? String.format(", server RSS %,d MB", kb.getAsLong() / 1024) : ", server RSS n/a";
			}
			System.out.printf("  t+%3.0fs%s: %,.0f packets/s = %,.0f readings/s acknowledged, in flight %d%s%n",
					(now - begin) / 1e9, phase, rate, rate * factors.size(), inFlight(connections), rss);
			lastAnswered = answered;
			lastAt = now;
			next += PROGRESS_NANOS;
		}
	}

	private static long inFlight(List<PipelinedConnection> connections) {
		return connections.stream().mapToLong(PipelinedConnection::inFlight).sum();
	}

}

package cn.eco.enforcement.monitoring.simulator;

import java.util.Arrays;

/** Latencies in microseconds; one writer thread per recorder, merged after the run. */
final class LatencyRecorder {

	private long[] micros = new long[4096];

	private int size;

	void record(long latencyMicros) {
		if (size == micros.length) {
			micros = Arrays.copyOf(micros, size * 2);
		}
		micros[size++] = latencyMicros;
	}

	void addAll(LatencyRecorder other) {
		for (int i = 0; i < other.size; i++) {
			record(other.micros[i]);
		}
	}

	int count() {
		return size;
	}

	/** The p-th percentile (0..100) in milliseconds, nearest rank; NaN without samples. */
	double percentileMillis(double p) {
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(micros, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
	}

}

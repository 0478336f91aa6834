package cn.eco.enforcement.tools.simulator;

import java.util.Arrays;

import cn.eco.enforcement.shared.Percentiles;

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
		return Percentiles.millis(micros, size, p);
	}

}

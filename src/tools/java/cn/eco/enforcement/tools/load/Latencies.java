package cn.eco.enforcement.tools.load;

import java.util.Arrays;

import cn.eco.enforcement.shared.Percentiles;

/** Latencies in microseconds from many threads; percentiles by nearest rank. */
final class Latencies {

	private long[] micros = new long[8192];

	private int size;

	synchronized void record(long nanos) {
		if (size == micros.length) {
			micros = Arrays.copyOf(micros, size * 2);
		}
		micros[size++] = nanos / 1000;
	}

	synchronized int count() {
		return size;
	}

	/** The p-th percentile (0..100) in milliseconds; NaN without samples. */
	synchronized double millis(double p) {
		return Percentiles.millis(micros, size, p);
	}

	String summary() {
		return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", millis(50), millis(95), millis(99), millis(100));
	}

}

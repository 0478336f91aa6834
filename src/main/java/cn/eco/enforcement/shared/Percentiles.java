package cn.eco.enforcement.shared;

import java.util.Arrays;

/** Percentiles of measured latencies for the benchmark and load tools, by nearest rank. */
public final class Percentiles {

	private Percentiles() {
	}

	/**
	 * The p-th percentile (0..100) of the first {@code size} values, in milliseconds.
	 * @param micros latencies in microseconds (not changed)
	 * @return the value, or NaN without samples
	 */
	public static double millis(long[] micros, int size, double p) {
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(micros, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
	}

}

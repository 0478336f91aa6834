package cn.eco.enforcement.monitoring.tracing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hourly series per factor code, oldest first, aligned on the latest hour. */
final class HourlySeries {

	private HourlySeries() {
	}

	/** An immutable deep copy; {@code null} becomes empty. */
	static Map<String, List<Double>> copyOf(Map<String, List<Double>> series) {
		if (series == null) {
			return Map.of();
		}
		Map<String, List<Double>> copy = new LinkedHashMap<>();
		series.forEach((factor, values) -> copy.put(factor, List.copyOf(values)));
		return Map.copyOf(copy);
	}

	/**
	 * The value {@code hoursBack} hours before the latest hour, or NaN when outside the series.
	 */
	static double valueAt(List<Double> values, int hoursBack) {
		int index = values.size() - 1 - hoursBack;
		return (index < 0 || index >= values.size()) ? Double.NaN : values.get(index);
	}

}

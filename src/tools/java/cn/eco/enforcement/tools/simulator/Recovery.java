package cn.eco.enforcement.tools.simulator;

import java.util.HashMap;
import java.util.Map;

/**
 * After a demo anomaly the affected hourly values fall back gradually (half the distance to normal
 * per hour) instead of dropping at once, which the platform would rightly report as a jump (突变).
 */
final class Recovery {

	private final Map<String, Map<String, Double>> elevated = new HashMap<>();

	/** Remembers an elevated hourly value of a device's factor. */
	synchronized void elevated(String mn, String factorCode, double value) {
		elevated.computeIfAbsent(mn, m -> new HashMap<>()).put(factorCode, value);
	}

	/** The values of a device's next hour while it recovers; empty when it has. */
	synchronized Map<String, Anomaly> nextHour(DeviceProfile device) {
		Map<String, Double> values = elevated.get(device.mn());
		if (values == null) {
			return Map.of();
		}
		Map<String, Anomaly> next = new HashMap<>();
		for (FactorProfile factor : device.factors()) {
			Double last = values.get(factor.code());
			if (last != null) {
				double value = factor.base() + (last - factor.base()) / 2;
				next.put(factor.code(), Anomaly.value(value));
				if (Math.abs(value - factor.base()) < 2 * factor.noise()) {
					values.remove(factor.code());
				}
				else {
					values.put(factor.code(), value);
				}
			}
		}
		if (values.isEmpty()) {
			elevated.remove(device.mn());
		}
		return next;
	}

}

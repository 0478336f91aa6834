package cn.eco.enforcement.monitoring.tracing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ambient air station alarm, the input of tracing.
 *
 * @param stationCode the station's code
 * @param latitude station latitude, WGS-84 degrees
 * @param longitude station longitude, WGS-84 degrees
 * @param at alarm time t0
 * @param excessByFactor ΔC_p = C_p(t0) − baseline per factor code (e.g. {@code a34004}); factors with a positive
 * excess form the alarm pollutant set, the others count as observed but not risen
 * @param baselineByFactor baseline B_p per factor code (rolling 24-h median or city background); when a risen
 * factor has no positive baseline the fingerprint falls back to counting shared factors
 * @param wind wind over [t0 − 1 h, t0]
 * @param hourlySeries the station's last 24–48 hourly values per factor, oldest first, the last one at t0;
 * {@link Double#NaN} marks a missing hour; may be empty
 */
public record StationAlarm(String stationCode, double latitude, double longitude, Instant at,
		Map<String, Double> excessByFactor, Map<String, Double> baselineByFactor, Wind wind,
		Map<String, List<Double>> hourlySeries) {

	public StationAlarm {
		Objects.requireNonNull(stationCode, "stationCode");
		Geo.requireValidPoint(latitude, longitude);
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(wind, "wind");
		excessByFactor = excessByFactor == null ? Map.of() : Map.copyOf(excessByFactor);
		baselineByFactor = baselineByFactor == null ? Map.of() : Map.copyOf(baselineByFactor);
		hourlySeries = HourlySeries.copyOf(hourlySeries);
	}

	/** B_p, or 0 when unknown. */
	double baseline(String factor) {
		return this.baselineByFactor.getOrDefault(factor, 0.0);
	}

	/** max(ΔC_p, 0). */
	double rise(String factor) {
		double excess = this.excessByFactor.getOrDefault(factor, 0.0);
		return Double.isFinite(excess) ? Math.max(excess, 0) : 0;
	}

}

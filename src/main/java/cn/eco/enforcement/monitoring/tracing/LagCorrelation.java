package cn.eco.enforcement.monitoring.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * s_corr: the best Pearson correlation between the station series and an enterprise series shifted by a lag.
 *
 * @param coefficient max(0, best r)
 * @param lagHours lag k with station_p[t] paired to enterprise_p[t − k]; 0 when there is no correlation
 */
record LagCorrelation(double coefficient, int lagHours) {

	/** Fewer paired hours than this give no correlation evidence. */
	static final int MIN_POINTS = 12;

	static final LagCorrelation NONE = new LagCorrelation(0, 0);

	/** The best lag over the given factors and lags 0..maxLag; ties keep the smaller lag. */
	static LagCorrelation best(Map<String, List<Double>> station, Map<String, List<Double>> enterprise,
			Collection<String> factors, int maxLag) {
		LagCorrelation best = NONE;
		for (String factor : factors.stream().sorted().toList()) {
			List<Double> stationValues = station.get(factor);
			List<Double> enterpriseValues = enterprise.get(factor);
			if (stationValues == null || enterpriseValues == null) {
				continue;
			}
			for (int lag = 0; lag <= maxLag; lag++) {
				double r = lagged(stationValues, enterpriseValues, lag);
				if (r > best.coefficient) {
					best = new LagCorrelation(r, lag);
				}
			}
		}
		return best;
	}

	/** r over the hours where both values exist, or NaN with fewer than {@value #MIN_POINTS} of them. */
	static double lagged(List<Double> station, List<Double> enterprise, int lag) {
		List<double[]> pairs = new ArrayList<>();
		for (int hoursBack = 0; hoursBack < station.size(); hoursBack++) {
			double x = HourlySeries.valueAt(station, hoursBack);
			double y = HourlySeries.valueAt(enterprise, hoursBack + lag);
			if (Double.isFinite(x) && Double.isFinite(y)) {
				pairs.add(new double[] { x, y });
			}
		}
		if (pairs.size() < MIN_POINTS) {
			return Double.NaN;
		}
		return Pearson.coefficient(pairs.stream().mapToDouble(p -> p[0]).toArray(),
				pairs.stream().mapToDouble(p -> p[1]).toArray());
	}

}

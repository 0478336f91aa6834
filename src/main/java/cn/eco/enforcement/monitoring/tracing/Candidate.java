package cn.eco.enforcement.monitoring.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An enterprise that may have caused a station alarm.
 *
 * @param enterpriseCode the enterprise's code
 * @param name the enterprise's name, for display
 * @param latitude WGS-84 degrees
 * @param longitude WGS-84 degrees
 * @param tallStack whether it emits from a tall stack (larger radius and slower distance decay)
 * @param characteristicFactors characteristic pollutant factor codes, in the station's code space
 * @param profileWeights optional emission-share weights per factor code; empty means weight 1 per
 * characteristic factor
 * @param prior supervision prior; {@code null} means {@link Prior#NORMAL}
 * @param activeAlarms the enterprise's own exceedance or anomaly alarms
 * @param electricity electricity-monitoring state; {@code null} means {@link ElectricityState#UNKNOWN}
 * @param hourlySeries own online data per factor code, same hours as the station's series (aligned on the
 * latest hour), oldest first, {@link Double#NaN} for a missing hour; may be empty
 */
public record Candidate(String enterpriseCode, String name, double latitude, double longitude, boolean tallStack,
		Set<String> characteristicFactors, Map<String, Double> profileWeights, Prior prior,
		List<TimeWindow> activeAlarms, ElectricityState electricity, Map<String, List<Double>> hourlySeries) {

	public Candidate {
		Objects.requireNonNull(enterpriseCode, "enterpriseCode");
		name = name == null ? enterpriseCode : name;
		Geo.requireValidPoint(latitude, longitude);
		characteristicFactors = characteristicFactors == null ? Set.of() : Set.copyOf(characteristicFactors);
		profileWeights = profileWeights == null ? Map.of() : Map.copyOf(profileWeights);
		prior = prior == null ? Prior.NORMAL : prior;
		activeAlarms = activeAlarms == null ? List.of() : List.copyOf(activeAlarms);
		electricity = electricity == null ? ElectricityState.UNKNOWN : electricity;
		hourlySeries = HourlySeries.copyOf(hourlySeries);
	}

	/** The profile vector y: positive emission shares, or 1 per characteristic factor when none are given. */
	Map<String, Double> emissionProfile() {
		Map<String, Double> profile = new HashMap<>();
		if (this.profileWeights.isEmpty()) {
			this.characteristicFactors.forEach(factor -> profile.put(factor, 1.0));
		}
		this.profileWeights.forEach((factor, weight) -> {
			if (Double.isFinite(weight) && weight > 0) {
				profile.put(factor, weight);
			}
		});
		return profile;
	}

}

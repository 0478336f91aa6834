package cn.eco.enforcement.monitoring.tracing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * s_fp: how well the pollutants that rose at the station match an enterprise's emission profile.
 *
 * @param similarity cosine of relative rises and profile over the factors the station reports, or, when a risen
 * factor lacks a baseline, the share of risen factors the enterprise emits
 * @param matchingFactors risen factors the enterprise emits, largest relative rise first
 * @param alarmFactors P_alarm, the factors with a positive excess
 */
record Fingerprint(double similarity, List<String> matchingFactors, Set<String> alarmFactors) {

	static Fingerprint of(StationAlarm alarm, Candidate candidate) {
		Set<String> alarmFactors = alarm.excessByFactor()
			.keySet()
			.stream()
			.filter(factor -> alarm.rise(factor) > 0)
			.collect(Collectors.toUnmodifiableSet());
		Map<String, Double> profile = candidate.emissionProfile();
		List<String> matching = alarmFactors.stream()
			.filter(profile::containsKey)
			.sorted(Comparator.comparingDouble((String factor) -> -relativeRise(alarm, factor))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		double similarity = alarmFactors.stream().allMatch(factor -> alarm.baseline(factor) > 0)
				? cosine(alarm, profile) : share(matching.size(), alarmFactors.size());
		return new Fingerprint(similarity, matching, alarmFactors);
	}

	/** x_p = max(ΔC_p, 0) / B_p, or 0 without a positive baseline. */
	private static double relativeRise(StationAlarm alarm, String factor) {
		double baseline = alarm.baseline(factor);
		return (baseline > 0) ? alarm.rise(factor) / baseline : 0;
	}

	/** Profile factors the station does not report are left out: they can neither confirm nor refute. */
	private static double cosine(StationAlarm alarm, Map<String, Double> profile) {
		double dot = 0;
		double xx = 0;
		double yy = 0;
		for (String factor : alarm.excessByFactor().keySet()) {
			double x = relativeRise(alarm, factor);
			double y = profile.getOrDefault(factor, 0.0);
			dot += x * y;
			xx += x * x;
			yy += y * y;
		}
		return (xx == 0 || yy == 0) ? 0 : dot / Math.sqrt(xx * yy);
	}

	private static double share(int matching, int alarmed) {
		return (alarmed == 0) ? 0 : (double) matching / alarmed;
	}

}

package cn.eco.enforcement.monitoring.tracing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Ranks enterprises as likely sources of an ambient air station alarm (DOMAIN §e.2, first version):
 * score = f_dir · f_dist · (0.35 s_fp + 0.25 s_corr + 0.20 s_exc + 0.10 s_elec + 0.10 s_prior). The result is a
 * dispatch hint for field confirmation, never proof.
 */
public final class SourceTracing {

	private static final Comparator<SourceCandidate> STRONGEST_FIRST = Comparator
		.comparingDouble(SourceCandidate::score)
		.reversed()
		.thenComparingDouble(SourceCandidate::distanceKm)
		.thenComparing(SourceCandidate::enterpriseCode);

	private final TracingParameters parameters;

	/** Tracing with the given model constants. */
	public SourceTracing(TracingParameters parameters) {
		this.parameters = Objects.requireNonNull(parameters, "parameters");
	}

	/**
	 * Scores every candidate against one station alarm.
	 * @return candidates with a positive score, highest first, at most {@code topN}
	 */
	public List<SourceCandidate> rank(StationAlarm alarm, List<Candidate> candidates) {
		Objects.requireNonNull(alarm, "alarm");
		CandidateScoring scoring = new CandidateScoring(this.parameters, alarm);
		return candidates.stream()
			.map(scoring::score)
			.filter(candidate -> candidate.score() > 0)
			.sorted(STRONGEST_FIRST)
			.limit(this.parameters.topN())
			.toList();
	}

	/**
	 * Combines rankings of stations that alarmed together: per enterprise, score = 1 − Π(1 − score_s), so an
	 * enterprise upwind of several stations rises to the top. The other fields are those of the station where the
	 * enterprise scored highest. Only enterprises present in some ranking take part, so rank with a generous
	 * {@code topN} before combining.
	 * @return enterprises with a positive combined score, highest first, at most {@code topN}
	 */
	public static List<SourceCandidate> combine(List<List<SourceCandidate>> perStation, int topN) {
		if (topN < 1) {
			throw new IllegalArgumentException("topN must be at least 1: " + topN);
		}
		Map<String, List<SourceCandidate>> byEnterprise = perStation.stream()
			.flatMap(List::stream)
			.collect(Collectors.groupingBy(SourceCandidate::enterpriseCode, LinkedHashMap::new,
					Collectors.toList()));
		return byEnterprise.values()
			.stream()
			.map(SourceTracing::combineOne)
			.filter(candidate -> candidate.score() > 0)
			.sorted(STRONGEST_FIRST)
			.limit(topN)
			.toList();
	}

	private static SourceCandidate combineOne(List<SourceCandidate> stationScores) {
		double missProbability = 1;
		for (SourceCandidate candidate : stationScores) {
			missProbability *= 1 - candidate.score();
		}
		SourceCandidate strongest = stationScores.stream().min(STRONGEST_FIRST).orElseThrow();
		String explanation = (stationScores.size() > 1)
				? Explanation.combined(stationScores.size(), strongest.explanation()) : strongest.explanation();
		return strongest.withScore(1 - missProbability, explanation);
	}

}

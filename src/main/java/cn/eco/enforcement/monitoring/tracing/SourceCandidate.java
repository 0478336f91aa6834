package cn.eco.enforcement.monitoring.tracing;

/**
 * A ranked likely source with every factor that went into its score, so the dispatcher can see why.
 *
 * @param enterpriseCode the enterprise's code
 * @param name the enterprise's name
 * @param score f_dir · f_dist · evidence in 0..1 (or the multi-station combination 1 − Π(1 − score_s))
 * @param distanceKm haversine distance station → enterprise
 * @param bearingDegrees initial bearing station → enterprise, clockwise from north
 * @param angleOffDegrees Δ between that bearing and the direction the wind comes from (0–180)
 * @param directionFactor f_dir
 * @param distanceFactor f_dist
 * @param fingerprint s_fp, pollutant-fingerprint similarity
 * @param correlation s_corr, best lagged Pearson correlation with the enterprise's own data (≥ 0)
 * @param bestLagHours the lag k (hours the enterprise series leads the station's) giving s_corr
 * @param concurrentAlarm s_exc: an own alarm overlaps the travel-time window
 * @param electricity s_elec
 * @param prior s_prior
 * @param explanation one line of Chinese for the dispatcher
 */
public record SourceCandidate(String enterpriseCode, String name, double score, double distanceKm,
		double bearingDegrees, double angleOffDegrees, double directionFactor, double distanceFactor,
		double fingerprint, double correlation, int bestLagHours, boolean concurrentAlarm, double electricity,
		double prior, String explanation) {

	SourceCandidate withScore(double newScore, String newExplanation) {
		return new SourceCandidate(this.enterpriseCode, this.name, newScore, this.distanceKm, this.bearingDegrees,
				this.angleOffDegrees, this.directionFactor, this.distanceFactor, this.fingerprint, this.correlation,
				this.bestLagHours, this.concurrentAlarm, this.electricity, this.prior, newExplanation);
	}

}

package cn.eco.enforcement.monitoring.tracing;

/** What was found about one candidate for one alarm, before weighting. */
record Findings(Candidate candidate, Wind wind, double distanceKm, double bearingDegrees, double angleOffDegrees,
		Fingerprint fingerprint, LagCorrelation correlation, boolean concurrentAlarm) {
}

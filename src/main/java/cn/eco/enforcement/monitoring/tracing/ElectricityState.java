package cn.eco.enforcement.monitoring.tracing;

/** What electricity monitoring says about an enterprise around the alarm time. */
public enum ElectricityState {

	/** No electricity monitoring, or no data for the period. */
	UNKNOWN(0),
	/** Production and treatment power look ordinary. */
	NORMAL(0),
	/** Production running while treatment power is below 30 % of typical. */
	TREATMENT_OFF_WHILE_PRODUCING(1),
	/** Production power more than two standard deviations above the same hour of the last 7 days. */
	PRODUCTION_SURGE(0.5);

	private final double score;

	ElectricityState(double score) {
		this.score = score;
	}

	/** The electricity evidence s_elec in 0..1. */
	public double score() {
		return this.score;
	}

}

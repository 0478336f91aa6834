package cn.eco.enforcement.monitoring.tracing;

/** Supervision prior of an enterprise, kept weak on purpose to avoid bias. */
public enum Prior {

	/** On the supervision positive list (正面清单). */
	POSITIVE_LIST(0.2),
	/** Ordinary enterprise. */
	NORMAL(0.5),
	/** Watch list, high priority, or two or more violations in 24 months. */
	WATCH(0.8);

	private final double score;

	Prior(double score) {
		this.score = score;
	}

	/** The prior evidence s_prior in 0..1. */
	public double score() {
		return this.score;
	}

}

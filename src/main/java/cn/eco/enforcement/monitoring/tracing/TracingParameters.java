package cn.eco.enforcement.monitoring.tracing;

/**
 * Tunable constants of the scoring model.
 *
 * @param maxRadiusKm R_max for ground-level and fugitive sources
 * @param maxRadiusTallStackKm R_max for tall stacks
 * @param lengthScaleKm distance-decay length L for ground-level and fugitive sources
 * @param lengthScaleTallStackKm distance-decay length L for tall stacks
 * @param topN how many candidates to return
 */
public record TracingParameters(double maxRadiusKm, double maxRadiusTallStackKm, double lengthScaleKm,
		double lengthScaleTallStackKm, int topN) {

	public TracingParameters {
		requirePositive(maxRadiusKm, "maxRadiusKm");
		requirePositive(maxRadiusTallStackKm, "maxRadiusTallStackKm");
		requirePositive(lengthScaleKm, "lengthScaleKm");
		requirePositive(lengthScaleTallStackKm, "lengthScaleTallStackKm");
		if (topN < 1) {
			throw new IllegalArgumentException("topN must be at least 1: " + topN);
		}
	}

	/** R_max 5 km (10 km for tall stacks), L 1.5 km (4 km for tall stacks), top 5. */
	public static TracingParameters defaults() {
		return new TracingParameters(5, 10, 1.5, 4, 5);
	}

	double maxRadiusKm(boolean tallStack) {
		return tallStack ? this.maxRadiusTallStackKm : this.maxRadiusKm;
	}

	double lengthScaleKm(boolean tallStack) {
		return tallStack ? this.lengthScaleTallStackKm : this.lengthScaleKm;
	}

	private static void requirePositive(double value, String name) {
		if (!Double.isFinite(value) || value <= 0) {
			throw new IllegalArgumentException(name + " must be positive: " + value);
		}
	}

}

package cn.eco.enforcement.monitoring.tracing;

/** Pearson product-moment correlation. */
final class Pearson {

	private Pearson() {
	}

	/** r of two equally long samples, or NaN when fewer than two points or either sample is constant. */
	static double coefficient(double[] x, double[] y) {
		int n = x.length;
		if (n < 2 || y.length != n) {
			return Double.NaN;
		}
		double meanX = mean(x);
		double meanY = mean(y);
		double sxx = 0;
		double syy = 0;
		double sxy = 0;
		for (int i = 0; i < n; i++) {
			double dx = x[i] - meanX;
			double dy = y[i] - meanY;
			sxx += dx * dx;
			syy += dy * dy;
			sxy += dx * dy;
		}
		return (sxx == 0 || syy == 0) ? Double.NaN : sxy / Math.sqrt(sxx * syy);
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

}

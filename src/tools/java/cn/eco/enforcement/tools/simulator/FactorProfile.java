package cn.eco.enforcement.tools.simulator;

import java.time.ZonedDateTime;
import java.util.Random;

/**
 * How a device's factor behaves: a level with Gaussian noise and an optional daily cycle, the
 * precision it is reported with and which fields the logger sends for it.
 *
 * @param code the HJ 212-2017 factor code
 * @param base the typical value
 * @param noise the standard deviation of the noise (cut at 2.5 σ)
 * @param decimals the reported precision
 * @param dailyAmplitude the amplitude of the daily cycle, 0 for none
 * @param peakHour the hour of the day the cycle peaks
 * @param range whether period data carry -Min and -Max as well as -Avg (not for wind, weather)
 * @param conversion the factor from measured to converted (折算) value, 0 when the logger sends no Zs fields
 * @param couPerSecond the cumulative amount (-Cou) per second per unit of value, 0 when no -Cou is sent
 */
record FactorProfile(String code, double base, double noise, int decimals, double dailyAmplitude, int peakHour,
		boolean range, double conversion, double couPerSecond) {

	static FactorProfile of(String code, double base, double noise, int decimals) {
		return new FactorProfile(code, base, noise, decimals, 0, 0, true, 0, 0);
	}

	FactorProfile daily(double amplitude, int peak) {
		return new FactorProfile(code, base, noise, decimals, amplitude, peak, range, conversion, couPerSecond);
	}

	FactorProfile averageOnly() {
		return new FactorProfile(code, base, noise, decimals, dailyAmplitude, peakHour, false, conversion, couPerSecond);
	}

	FactorProfile converted(double factor) {
		return new FactorProfile(code, base, noise, decimals, dailyAmplitude, peakHour, range, factor, couPerSecond);
	}

	FactorProfile cumulative(double perSecond) {
		return new FactorProfile(code, base, noise, decimals, dailyAmplitude, peakHour, range, conversion, perSecond);
	}

	/** A plausible value at a time; never below a fifth of the base level, so never zero. */
	double sample(ZonedDateTime at, Random random) {
		double hour = at.getHour() + at.getMinute() / 60.0;
		double cycle = dailyAmplitude * Math.cos(2 * Math.PI * (hour - peakHour) / 24);
		double gaussian = Math.max(-2.5, Math.min(2.5, random.nextGaussian()));
		return Math.max(base * 0.2, base + cycle + noise * gaussian);
	}

	/** The spread between -Min or -Max and -Avg of a period. */
	double spread(Random random) {
		return noise * (0.4 + random.nextDouble());
	}

	String format(double value) {
		return Decimals.format(value, decimals);
	}

}

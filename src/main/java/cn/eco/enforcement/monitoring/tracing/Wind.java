package cn.eco.enforcement.monitoring.tracing;

/**
 * Vector-averaged wind over the hour before the alarm.
 *
 * @param fromDegrees meteorological direction the wind blows from, clockwise from north
 * @param speedMs wind speed in m/s
 */
public record Wind(double fromDegrees, double speedMs) {

	/** Below this speed the direction is treated as unknown. */
	public static final double CALM_SPEED_MS = 0.5;

	public Wind {
		if (!Double.isFinite(fromDegrees)) {
			throw new IllegalArgumentException("wind direction must be finite: " + fromDegrees);
		}
		if (!Double.isFinite(speedMs) || speedMs < 0) {
			throw new IllegalArgumentException("wind speed must be finite and >= 0: " + speedMs);
		}
	}

	/** Whether the wind is calm (speed below {@value #CALM_SPEED_MS} m/s), so direction says nothing. */
	public boolean isCalm() {
		return speedMs < CALM_SPEED_MS;
	}

}

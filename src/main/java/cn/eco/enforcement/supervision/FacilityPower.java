package cn.eco.enforcement.supervision;

/**
 * The power (electricity) state of one production or treatment facility over the recent window, as
 * the electricity rules judge it. Times are epoch minutes.
 *
 * @param code the facility's code within its enterprise
 * @param kind PRODUCTION or TREATMENT
 * @param running whether its latest value is above its running threshold
 * @param stateSinceMinute when its current state (running or stopped) began, or the window's first value
 * @param latestMinute its latest value
 * @param lastStartMinute the latest switch from stopped to running seen in the window, null if none
 * @param lastStopMinute the latest switch from running to stopped seen in the window, null if none
 */
public record FacilityPower(String code, String kind, boolean running, long stateSinceMinute, long latestMinute,
		Long lastStartMinute, Long lastStopMinute) {
}

package cn.eco.enforcement.supervision;

/**
 * The facts about one alarm that the supervision-mode rules judge.
 *
 * @param sourceType where the alarm came from (e.g. ONLINE_MONITOR, COMPLAINT)
 * @param enterpriseAlarm true for an alarm about an enterprise, false for an ambient station
 * @param observedValue measured value, or null where the alarm carries none (complaints)
 * @param limitValue the limit the value is judged against, or null
 */
public record SupervisionCase(String sourceType, boolean enterpriseAlarm, boolean positiveList,
		int confirmedViolations12m, Double observedValue, Double limitValue) {
}

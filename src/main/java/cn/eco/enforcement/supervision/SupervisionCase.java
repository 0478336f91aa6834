package cn.eco.enforcement.supervision;

/**
 * The facts about one alarm that the supervision-mode rules judge.
 *
 * @param sourceType where the alarm came from (e.g. ONLINE_MONITOR, COMPLAINT)
 * @param enterpriseAlarm true for an alarm about an enterprise, false for an ambient station
 * @param observedValue measured value, or null where the alarm carries none (complaints)
 * @param limitValue the limit the value is judged against, or null
 * @param placeAlarm true for an alarm about a place (straw burning, a patrol, a complaint with a
 * place), neither a firm nor a station
 * @param omStandingLowered true when repeated irregular O&M of the firm's monitoring systems (运维不规范,
 * found by the third-party inspection) lowered its O&M standing within the last 12 months
 */
public record SupervisionCase(String sourceType, boolean enterpriseAlarm, boolean positiveList,
		int confirmedViolations12m, Double observedValue, Double limitValue, boolean placeAlarm,
		boolean omStandingLowered) {

	/** An alarm about a firm whose O&M standing is intact, or about a station. */
	public SupervisionCase(String sourceType, boolean enterpriseAlarm, boolean positiveList, int confirmedViolations12m,
			Double observedValue, Double limitValue) {
		this(sourceType, enterpriseAlarm, positiveList, confirmedViolations12m, observedValue, limitValue, false, false);
	}

	/** An alarm about a firm whose O&M standing is intact, a station or a place. */
	public SupervisionCase(String sourceType, boolean enterpriseAlarm, boolean positiveList, int confirmedViolations12m,
			Double observedValue, Double limitValue, boolean placeAlarm) {
		this(sourceType, enterpriseAlarm, positiveList, confirmedViolations12m, observedValue, limitValue, placeAlarm,
				false);
	}

}

package cn.eco.enforcement.supervision;

import java.util.List;

/**
 * The supervision mode the rules chose for one alarm.
 *
 * @param seriousAlarm whether the rules classed the alarm itself as serious
 * @param reasons Chinese reasons, one per deciding rule
 * @param firedRules the names of every rule that fired, in firing order (identifiers)
 * @param firedRuleLabels the Chinese labels of those rules ({@code @label} in the DRL), same order
 */
public record SupervisionDecision(SupervisionMode mode, boolean seriousAlarm, List<String> reasons,
		List<String> firedRules, List<String> firedRuleLabels) {
}

package cn.eco.enforcement.supervision;

import java.util.List;

/**
 * Who handles an alarm.
 *
 * @param assignee the inspector it is assigned to, or null when it is offered to the whole squadron
 * @param squadronCode the squadron it is offered to
 * @param reason Chinese reason of the deciding rule
 * @param firedRules the names of every rule that fired (identifiers)
 * @param firedRuleLabels the Chinese labels of those rules ({@code @label} in the DRL), same order
 */
public record GridAssignment(String assignee, String squadronCode, String reason, List<String> firedRules,
		List<String> firedRuleLabels) {
}

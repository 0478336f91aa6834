package cn.eco.enforcement.supervision;

import java.time.Duration;
import java.util.List;

/**
 * The deadlines the rules chose for one alarm's loop: of all that apply, the shortest of each.
 *
 * @param reasons Chinese reasons of the rules whose deadlines were chosen
 * @param firedRules the names of every rule that fired (identifiers)
 * @param firedRuleLabels the Chinese labels of those rules ({@code @label} in the DRL), same order
 */
public record LoopDeadlineDecision(Duration signFor, Duration handling, List<String> reasons, List<String> firedRules,
		List<String> firedRuleLabels) {
}

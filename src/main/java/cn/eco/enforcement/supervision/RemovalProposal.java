package cn.eco.enforcement.supervision;

import java.util.List;

/**
 * A proposal to take a firm off the positive list, with its Chinese reason and the rules that fired.
 *
 * @param firedRules the names of the rules that fired (identifiers)
 * @param firedRuleLabels the Chinese labels of those rules ({@code @label} in the DRL), same order
 */
public record RemovalProposal(String enterpriseCode, String reason, List<String> firedRules,
		List<String> firedRuleLabels) {
}

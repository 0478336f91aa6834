package cn.eco.enforcement.supervision;

import java.util.List;

/** A proposal to take a firm off the positive list, with its Chinese reason and the rules that fired. */
public record RemovalProposal(String enterpriseCode, String reason, List<String> firedRules) {
}

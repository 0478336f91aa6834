package cn.eco.enforcement.supervision.internal;

/**
 * An assignment a grid rule proposes; a null assignee offers the alarm to the squadron. Public only
 * for the rule compiler.
 */
public record AssigneeProposal(String assignee, String reason) {
}

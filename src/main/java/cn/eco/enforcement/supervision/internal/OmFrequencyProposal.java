package cn.eco.enforcement.supervision.internal;

/** An O&amp;M inspection interval a rule proposes; the shortest wins. */
public record OmFrequencyProposal(int months, String reason) {
}

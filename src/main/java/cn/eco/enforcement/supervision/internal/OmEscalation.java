package cn.eco.enforcement.supervision.internal;

/** An O&amp;M finding that opens an escalated enforcement loop with a case lead. */
public record OmEscalation(String reason) {
}

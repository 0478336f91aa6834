package cn.eco.enforcement.supervision.internal;

/** The days a rule gives to rectify an O&amp;M finding; the shortest wins. */
public record OmRectificationDeadline(int days, String reason) {
}

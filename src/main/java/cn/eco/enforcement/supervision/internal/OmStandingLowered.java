package cn.eco.enforcement.supervision.internal;

/** An O&amp;M finding that lowers the firm's O&amp;M standing. */
public record OmStandingLowered(String reason) {
}

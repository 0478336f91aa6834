package cn.eco.enforcement.supervision.internal;

/** Inserted by a positive-list rule: why the firm should leave the list. Public only for the rule compiler. */
public record RemovalReason(String reason) {
}

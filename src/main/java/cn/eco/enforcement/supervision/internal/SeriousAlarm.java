package cn.eco.enforcement.supervision.internal;

/** Inserted by the rules when the alarm itself is serious. Public only for the rule compiler. */
public record SeriousAlarm(String reason) {
}

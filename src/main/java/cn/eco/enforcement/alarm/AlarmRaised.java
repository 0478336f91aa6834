package cn.eco.enforcement.alarm;

/**
 * Published inside the intake transaction when a new alarm is stored. Its synchronous listener
 * starts the enforcement loop, so the intake answer already carries the process instance, and a
 * loop that cannot start rolls the intake back.
 */
public record AlarmRaised(AlarmView alarm) {
}

package cn.eco.enforcement.alarm;

/** The stored alarm, and whether this call created it or found it already stored under its external id. */
public record IntakeResult(AlarmView alarm, boolean created) {
}

package cn.eco.enforcement.casework;

/** Nobody signed for a dispatched alarm in time; the squadron leader is told and may reassign it. */
public record SignForOverdue(long alarmId, String assignee, String squadronCode, String squadronLeader,
		String summary) {
}

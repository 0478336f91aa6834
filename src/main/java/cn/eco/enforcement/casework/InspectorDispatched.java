package cn.eco.enforcement.casework;

import java.util.Date;

/**
 * An alarm was dispatched to an inspector, or to a whole squadron when {@code assignee} is null.
 *
 * @param escalated whether the squadron leader must be informed as well
 * @param summary the Chinese alarm summary shown in the task
 */
public record InspectorDispatched(long alarmId, String supervisionMode, boolean escalated, String assignee,
		String squadronCode, String squadronLeader, String summary, String supervisionSummary, Date signForDueDate) {
}

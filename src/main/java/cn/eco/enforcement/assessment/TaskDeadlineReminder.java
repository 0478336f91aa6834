package cn.eco.enforcement.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A task is close to its due date, or past it; sent once per task and stage.
 *
 * @param stage {@code DUE_SOON} or {@code OVERDUE}
 * @param recipients login ids of who should act: the assignee, else the users or group members it is offered to
 * @param subject what the task is about (enterprise or station name), when the process names it
 */
public record TaskDeadlineReminder(String taskId, String taskName, String subject, String businessKey, Instant dueDate,
		String stage, List<String> recipients) {

	public boolean overdue() {
		return "OVERDUE".equals(stage);
	}

}

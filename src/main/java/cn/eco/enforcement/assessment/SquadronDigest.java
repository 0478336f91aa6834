package cn.eco.enforcement.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily digest for a squadron leader: the squadron's open tasks, overdue ones first.
 *
 * @param leader login id of the squadron leader
 */
public record SquadronDigest(String squadronCode, String squadronName, String leader, LocalDate date,
		List<OpenTask> tasks) {

	/**
	 * One open task of the squadron.
	 *
	 * @param worker who has it (assignee), or null while it is only offered
	 * @param dueDate null when the task has none
	 */
	public record OpenTask(String taskName, String subject, String worker, Instant dueDate, boolean overdue) {
	}

	public long overdueCount() {
		return tasks.stream().filter(OpenTask::overdue).count();
	}

}

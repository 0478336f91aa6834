package cn.eco.enforcement.casework.internal;

import java.time.Duration;
import java.util.List;

import cn.eco.enforcement.supervision.SupervisionMode;

/**
 * How one alarm's loop runs: the supervision mode, who gets it, and its deadlines.
 *
 * @param supervisionRules the Chinese labels of the supervision rules that fired (what auditors read)
 * @param assignmentRules the Chinese labels of the grid rules that fired
 */
public record LoopPlan(SupervisionMode mode, boolean seriousAlarm, String summary, List<String> supervisionRules,
		String assignee, String squadronCode, String squadronLeader, List<String> assignmentRules, int priority,
		Duration signForDeadline, Duration handlingDeadline) {

	public boolean escalated() {
		return mode == SupervisionMode.ESCALATED;
	}

}

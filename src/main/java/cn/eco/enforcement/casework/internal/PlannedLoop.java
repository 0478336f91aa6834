package cn.eco.enforcement.casework.internal;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import cn.eco.enforcement.grid.Squadron;

/**
 * The plan of one loop as it was made: {@link LoopPlan} with the moment it was made and the due dates
 * it gives, as {@link LoopPlanRecords} keeps it.
 *
 * @param plannedAt when the rules decided and the alarm was dispatched (the engine's clock)
 */
public record PlannedLoop(String processInstanceId, long alarmId, String supervisionMode, boolean seriousAlarm,
		String summary, List<String> supervisionRules, List<String> assignmentRules, String assignee,
		String squadronCode, String squadronLeader, int priority, Duration signForDeadline, Date plannedAt,
		Date signForDueDate, Date handlingDueDate) {

	public PlannedLoop {
		supervisionRules = List.copyOf(supervisionRules);
		assignmentRules = List.copyOf(assignmentRules);
	}

	/** The plan the rules just made, with due dates counted from {@code now}. */
	public static PlannedLoop of(String processInstanceId, long alarmId, LoopPlan plan, Date now) {
		return new PlannedLoop(processInstanceId, alarmId, plan.mode().name(), plan.seriousAlarm(), plan.summary(),
				plan.supervisionRules(), plan.assignmentRules(), plan.assignee(), plan.squadronCode(),
				plan.squadronLeader(), plan.priority(), plan.signForDeadline(), now,
				new Date(now.getTime() + plan.signForDeadline().toMillis()),
				new Date(now.getTime() + plan.handlingDeadline().toMillis()));
	}

	/** The Tasklist group of the squadron ({@code squadron-…}), the loop's tasks' candidate group. */
	public String candidateGroup() {
		return Squadron.groupIdOf(squadronCode);
	}

	public boolean escalated() {
		return "ESCALATED".equals(supervisionMode);
	}

}

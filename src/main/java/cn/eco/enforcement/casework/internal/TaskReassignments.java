package cn.eco.enforcement.casework.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.grid.StaffRole;
import cn.eco.enforcement.shared.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-assignment (改派) of a task to another officer, with a reason: by a squadron leader within his
 * squadron, or by a supervisor or administrator. It is the only way to hand a colleague's assigned
 * task to someone else ({@link TaskWork} refuses working it otherwise). The engine records it as
 * the leader's own "Assign" in the operation log and a task comment naming both officers and the
 * reason, so the history plugin shows who moved the work, to whom and why. When the task's alarm has
 * a case (or case lead), the re-assignment is also entered on the case's timeline, in the same
 * transaction, by the person who made it.
 */
@Component
public class TaskReassignments {

	/** Why a re-assignment is not allowed (403) — as opposed to bad input (400). */
	public static class NotAllowed extends RuntimeException {

		NotAllowed(String reason) {
			super(reason);
		}

	}

	/** The task does not exist (any more): 404. */
	public static class NoSuchTask extends RuntimeException {

		NoSuchTask() {
			super("没有这个任务");
		}

	}

	private static final Logger log = LoggerFactory.getLogger(TaskReassignments.class);

	private final TaskService tasks;

	private final IdentityService identity;

	private final ProcessEngineConfigurationImpl engine;

	private final GridApi grid;

	private final CaseRecords records;

	TaskReassignments(ProcessEngine processEngine, GridApi grid, CaseRecords records) {
		this.tasks = processEngine.getTaskService();
		this.records = records;
		this.identity = processEngine.getIdentityService();
		this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
		this.grid = grid;
	}

	/** The task's new assignee and the comment recorded with it. */
	public record Reassignment(String taskId, String taskName, String from, String to, String by, String reason) {
	}

	/** An officer a task may be given to. */
	public record Officer(String userId, String name) {
	}

	/** The officers of one squadron (or of the supervision office) a task may be given to. */
	public record OfficerGroup(String code, String name, List<Officer> officers) {
	}

	/**
	 * What the 改派 dialog offers: the task, its assignee and the officers the caller may give it to,
	 * grouped by squadron (a squadron leader: his own squadron; a supervisor: everyone), the current
	 * assignee and the unavailable left out.
	 * @throws NotAllowed when the caller may not move this task at all
	 */
	public record Choice(String taskId, String taskName, String assignee, String assigneeName, List<OfficerGroup> groups) {
	}

	/** @throws NotAllowed when the caller may not move this task (the same rule as {@link #reassign}) */
	@Transactional(readOnly = true)
	public Choice choice(String taskId, String caller, boolean overseer) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NoSuchTask();
		}
		Optional<String> squadron = overseer ? Optional.empty() : Optional.of(leadersSquadron(task, caller));
		Map<String, List<Officer>> bySquadron = new LinkedHashMap<>();
		List<Officer> supervision = new ArrayList<>();
		for (StaffMember staff : grid.allStaff()) {
			if (!assignable(staff) || !staff.available() || staff.userId().equals(task.getAssignee())
					|| squadron.filter(code -> !code.equals(staff.orgUnitCode())).isPresent()) {
				continue;
			}
			Officer officer = new Officer(staff.userId(), staff.name());
			if (staff.role() == StaffRole.SUPERVISOR) {
				supervision.add(officer);
			}
			else {
				bySquadron.computeIfAbsent(staff.orgUnitCode(), code -> new ArrayList<>()).add(officer);
			}
		}
		List<OfficerGroup> groups = new ArrayList<>();
		for (Squadron each : grid.squadrons()) {
			List<Officer> officers = bySquadron.get(each.code());
			if (officers != null) {
				groups.add(new OfficerGroup(each.code(), each.name(), officers));
			}
		}
		if (!supervision.isEmpty()) {
			groups.add(new OfficerGroup("SUPERVISION", "执法监督", supervision));
		}
		String assignee = task.getAssignee();
		return new Choice(taskId, task.getName(), assignee, assignee == null ? null : grid.nameWithId(assignee), groups);
	}

	/**
	 * @param overseer whether the caller is a supervisor or administrator (city-wide)
	 * @throws NotAllowed when the caller may not move this task or give it to that person
	 * @throws InvalidInputException when the assignee or reason is missing or unknown
	 */
	@Transactional
	public Reassignment reassign(String taskId, String caller, List<String> callerGroups, boolean overseer,
			String assignee, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new InvalidInputException("reason", "请填写改派原因（不超过 500 字）");
		}
		StaffMember to = grid.findStaff(assignee == null ? "" : assignee)
			.filter(TaskReassignments::assignable)
			.orElseThrow(() -> new InvalidInputException("assignee", "没有这位执法人员：" + assignee));
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NoSuchTask();
		}
		if (!overseer && !leadersSquadron(task, caller).equals(to.orgUnitCode())) {
			throw new NotAllowed("中队长只能在本中队内改派本中队的任务");
		}
		String from = task.getAssignee();
		String comment = "改派：" + nameOf(from) + " → " + grid.nameWithId(to.userId()) + "，改派人 " + nameOf(caller)
				+ "，原因：" + reason.strip();
		Object[] alarmId = new Object[1];
		asCaller(caller, callerGroups, () -> {
			engine.getCommandExecutorTxRequired().execute(context -> {
				context.disableAuthorizationCheck();
				try {
					new AssignTaskCmd(taskId, to.userId()).execute(context);
					new AddCommentCmd(taskId, task.getProcessInstanceId(), comment).execute(context);
					alarmId[0] = new GetExecutionVariableCmd(task.getProcessInstanceId(), "alarmId", false).execute(context);
				}
				finally {
					context.enableAuthorizationCheck();
				}
				return null;
			});
		});
		caseOf(alarmId[0]).ifPresent(caseId -> records.event(caseId, now(), "改派", caller, "将任务“" + task.getName() + "”由 "
				+ nameOf(from) + " 改派给 " + grid.nameWithId(to.userId()) + "，改派人 " + nameOf(caller) + "，原因：" + reason.strip()));
		log.info("Task {} ({}) re-assigned from {} to {} by {}: {}", taskId, task.getName(), from, to.userId(), caller,
				reason);
		return new Reassignment(taskId, task.getName(), from, to.userId(), caller, reason.strip());
	}

	private static boolean assignable(StaffMember staff) {
		return staff.role() == StaffRole.INSPECTOR || staff.role() == StaffRole.SQUADRON_LEADER
				|| staff.role() == StaffRole.SUPERVISOR;
	}

	/** The squadron of a leader who may move this task; NotAllowed for anyone else. */
	private String leadersSquadron(Task task, String caller) {
		String squadron = grid.findStaff(caller)
			.filter(s -> s.role() == StaffRole.SQUADRON_LEADER)
			.map(StaffMember::orgUnitCode)
			.orElseThrow(() -> new NotAllowed("只有中队长、执法监督或系统管理员可以改派任务"));
		if (!taskBelongsTo(task, squadron)) {
			throw new NotAllowed("中队长只能在本中队内改派本中队的任务");
		}
		return squadron;
	}

	/** The case of the task's alarm (the case process and, once a case lead is open, the loop carry its id). */
	private Optional<Long> caseOf(Object alarmId) {
		return alarmId instanceof Number n ? records.caseOfAlarm(n.longValue()) : Optional.empty();
	}

	private static OffsetDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
	}

	private boolean taskBelongsTo(Task task, String squadron) {
		if (task.getAssignee() != null) {
			return grid.findStaff(task.getAssignee()).map(s -> squadron.equals(s.orgUnitCode())).orElse(false);
		}
		String group = Squadron.groupIdOf(squadron);
		return tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && group.equals(l.getGroupId()));
	}

	private String nameOf(String userId) {
		return userId == null ? "（未分派）" : grid.nameWithId(userId);
	}

	private void asCaller(String caller, List<String> groups, Runnable action) {
		Authentication before = identity.getCurrentAuthentication();
		identity.setAuthentication(caller, groups);
		try {
			action.run();
		}
		finally {
			if (before == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(before);
			}
		}
	}

}

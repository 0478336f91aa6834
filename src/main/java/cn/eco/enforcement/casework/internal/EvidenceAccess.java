package cn.eco.enforcement.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import cn.eco.enforcement.casework.process.LoopVariables;
import cn.eco.enforcement.identity.Roles;

/**
 * Who may add to and read an alarm's evidence. The processes of an alarm are those that carry its
 * {@code alarmId} (the loop and the case), running or finished. Adding is for whoever works one of
 * their open tasks now, as the engine guard lets them complete it: the assignee, a user the
 * process named as candidate, or, while the task is unassigned, a member of its candidate group.
 * Reading is for those and for everyone who worked or reviews the loop or the case, for as long as
 * the history is kept.
 * <p>
 * A rectification the loop ordered (责令整改) carries the alarm as {@code sourceAlarmId}; its
 * evidence is the alarm's too. Whoever works one of its open tasks adds to it: the firm in
 * 报告整改进展, the inspector in 核查整改. The bureau's staff on it read all of the alarm's evidence;
 * the firm's accounts read only what their own firm uploaded ({@link #firmUploaders}), never the
 * inspectors' evidence against it.
 */
@Component
public class EvidenceAccess {

	/**
	 * Loop and case variables that name the people answerable for the alarm; the loop's squadron
	 * leader is in its plan ({@link LoopPlanRecords#leadsAny}), or a variable in loops before V310.
	 */
	private static final Set<String> PEOPLE = Set.of(LoopVariables.HANDLER, LoopVariables.SQUADRON_LEADER,
			"investigator1", "investigator2", "leadInspector", "responsibleInspector");

	/** The variable by which a rectification names the alarm whose loop ordered it. */
	public static final String SOURCE_ALARM_ID = "sourceAlarmId";

	private static final String ENTERPRISE_GROUP = "enterpriseGroup";

	private final TaskService tasks;

	private final HistoryService history;

	private final IdentityService identity;

	private final LoopPlanRecords plans;

	EvidenceAccess(TaskService tasks, HistoryService history, IdentityService identity, LoopPlanRecords plans) {
		this.plans = plans;
		this.tasks = tasks;
		this.history = history;
		this.identity = identity;
	}

	/** Whether the user works one of the open tasks of the alarm's loop, case or rectification. */
	public boolean worksCurrentTask(long alarmId, String userId) {
		return worksOpenTask(processesOf(LoopVariables.ALARM_ID, alarmId), userId)
				|| worksOpenTask(processesOf(SOURCE_ALARM_ID, alarmId), userId);
	}

	/**
	 * Whether the user works, worked or answers for the alarm's loop or case, or (bureau staff only)
	 * for the rectification it ordered.
	 */
	public boolean takesPart(long alarmId, String userId) {
		if (participates(processesOf(LoopVariables.ALARM_ID, alarmId), userId)) {
			return true;
		}
		return !groupsOf(userId).contains(Roles.ENTERPRISES)
				&& participates(processesOf(SOURCE_ALARM_ID, alarmId), userId);
	}

	/**
	 * For an account of the firm a rectification the alarm's loop ordered is addressed to (its
	 * {@code enterpriseGroup}): the accounts of that firm, whose uploads are all of the alarm's
	 * evidence it may read. Empty for everyone else.
	 */
	public Optional<Set<String>> firmUploaders(long alarmId, String userId) {
		Set<String> groups = groupsOf(userId);
		if (!groups.contains(Roles.ENTERPRISES)) {
			return Optional.empty();
		}
		String[] rectifications = processesOf(SOURCE_ALARM_ID, alarmId);
		if (rectifications.length == 0) {
			return Optional.empty();
		}
		return history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(rectifications)
			.variableName(ENTERPRISE_GROUP)
			.list()
			.stream()
			.map(HistoricVariableInstance::getValue)
			.filter(groups::contains)
			.map(String.class::cast)
			.findFirst()
			.map(firm -> Set.copyOf(identity.createUserQuery().memberOfGroup(firm).list().stream().map(User::getId).toList()));
	}

	private boolean participates(String[] instances, String userId) {
		if (instances.length == 0) {
			return false;
		}
		for (String instance : instances) {
			if (history.createHistoricTaskInstanceQuery().processInstanceId(instance).taskAssignee(userId).count() > 0) {
				return true;
			}
		}
		boolean named = history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.variableNameIn(PEOPLE.toArray(String[]::new))
			.list()
			.stream()
			.map(HistoricVariableInstance::getValue)
			.anyMatch(userId::equals);
		return named || plans.leadsAny(instances, userId) || worksOpenTask(instances, userId);
	}

	private boolean worksOpenTask(String[] instances, String userId) {
		if (instances.length == 0) {
			return false;
		}
		List<Task> open = tasks.createTaskQuery().processInstanceIdIn(instances).list();
		if (open.isEmpty()) {
			return false;
		}
		Set<String> groups = groupsOf(userId);
		return open.stream().anyMatch(task -> works(task, userId, groups));
	}

	private Set<String> groupsOf(String userId) {
		return Set.copyOf(identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
	}

	private boolean works(Task task, String userId, Set<String> groups) {
		if (userId.equals(task.getAssignee())) {
			return true;
		}
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (userId.equals(link.getUserId())
					|| (task.getAssignee() == null && link.getGroupId() != null && groups.contains(link.getGroupId()))) {
				return true;
			}
		}
		return false;
	}

	private String[] processesOf(String variable, long alarmId) {
		return history.createHistoricVariableInstanceQuery()
			.variableValueEquals(variable, alarmId)
			.list()
			.stream()
			.map(HistoricVariableInstance::getProcessInstanceId)
			.distinct()
			.toArray(String[]::new);
	}

}

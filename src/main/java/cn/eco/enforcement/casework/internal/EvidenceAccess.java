package cn.eco.enforcement.casework.internal;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import cn.eco.enforcement.casework.process.LoopVariables;

/**
 * Who may add to and read an alarm's evidence. The processes of an alarm are those that carry its
 * {@code alarmId} (the loop and the case), running or finished. Adding is for whoever works one of
 * their open tasks now, as the engine guard lets them complete it: the assignee, a user the
 * process named as candidate, or, while the task is unassigned, a member of its candidate group.
 * Reading is for those and for everyone who worked or reviews the loop or the case, for as long as
 * the history is kept.
 */
@Component
public class EvidenceAccess {

	/** Loop and case variables that name the people answerable for the alarm. */
	private static final Set<String> PEOPLE = Set.of(LoopVariables.HANDLER, LoopVariables.SQUADRON_LEADER,
			"investigator1", "investigator2", "leadInspector");

	private final TaskService tasks;

	private final HistoryService history;

	private final IdentityService identity;

	EvidenceAccess(TaskService tasks, HistoryService history, IdentityService identity) {
		this.tasks = tasks;
		this.history = history;
		this.identity = identity;
	}

	/** Whether the user works one of the alarm's open tasks. */
	public boolean worksCurrentTask(long alarmId, String userId) {
		String[] instances = processesOf(alarmId);
		if (instances.length == 0) {
			return false;
		}
		List<Task> open = tasks.createTaskQuery().processInstanceIdIn(instances).list();
		if (open.isEmpty()) {
			return false;
		}
		Set<String> groups = Set.copyOf(identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
		return open.stream().anyMatch(task -> works(task, userId, groups));
	}

	/** Whether the user works, worked or answers for the alarm's loop or case. */
	public boolean takesPart(long alarmId, String userId) {
		String[] instances = processesOf(alarmId);
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
		return named || worksCurrentTask(alarmId, userId);
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

	private String[] processesOf(long alarmId) {
		return history.createHistoricVariableInstanceQuery()
			.variableValueEquals(LoopVariables.ALARM_ID, alarmId)
			.list()
			.stream()
			.map(HistoricVariableInstance::getProcessInstanceId)
			.distinct()
			.toArray(String[]::new);
	}

}

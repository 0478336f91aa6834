package cn.eco.enforcement.casework.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import cn.eco.enforcement.casework.internal.EngineWriteGuard.Caller;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.casework.internal.TaskSubmissions.Refused;

/**
 * Who may work a task through the engine API, and with what. A task assigned to someone is worked
 * by that person or a user the process named as candidate (a case's second investigator), not by
 * whoever else can see it: a colleague's task is re-assigned first. An unassigned task is claimed
 * by the person who completes it, so the record names who did it. The body carries only its form's
 * fields ({@link TaskSubmissions}).
 */
class TaskWork {

	private final TaskService tasks;

	private final RepositoryService repository;

	private final IdentityService identity;

	private final TaskFormFields forms;

	private final GridApi grid;

	private final Map<String, String> deploymentOfDefinition = new ConcurrentHashMap<>();

	TaskWork(TaskService tasks, RepositoryService repository, IdentityService identity, GridApi grid) {
		this.grid = grid;
		this.tasks = tasks;
		this.repository = repository;
		this.identity = identity;
		this.forms = new TaskFormFields(repository);
	}

	/** The body to hand on to the engine for {@code complete} or {@code submit-form}. */
	byte[] screen(String taskId, Caller caller, byte[] body) {
		Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
		if (task == null) {
			return body;
		}
		ObjectNode submission = EngineWriteGuard.readObject(body);
		if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId()) && !caller.admin()
				&& !isCandidateUser(taskId, caller.userId())) {
			throw new Refused(403, "此任务已分派给" + grid.nameWithId(task.getAssignee()) + "，不能代为办理；如需转办，请由中队长或执法监督改派");
		}
		String deployment = deploymentOfDefinition.computeIfAbsent(task.getProcessDefinitionId(),
				id -> asSystem(() -> repository.getProcessDefinition(id).getDeploymentId()));
		TaskSubmissions.screen(submission, asSystem(() -> forms.of(task, deployment)));
		if (task.getAssignee() == null) {
			claimAs(caller, taskId);
		}
		return submission.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A claim for oneself, or handing one's own task back to its group. */
	void claimOrUnclaim(String taskId, String action, Caller caller, JsonNode body) {
		if (action.equals("claim")) {
			if (!caller.userId().equals(body.path("userId").asText(null))) {
				throw new Refused(403, "只能为自己认领任务");
			}
			return;
		}
		Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
		if (task != null && !caller.userId().equals(task.getAssignee())) {
			throw new Refused(403, "只能退回分派给自己的任务");
		}
	}

	private boolean isCandidateUser(String taskId, String userId) {
		return asSystem(() -> tasks.getIdentityLinksForTask(taskId))
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()));
	}

	private void claimAs(Caller caller, String taskId) {
		Authentication before = identity.getCurrentAuthentication();
		identity.setAuthentication(caller.userId(), caller.groups());
		try {
			tasks.claim(taskId, caller.userId());
		}
		catch (AuthorizationException ex) {
			// Not the caller's task to work: the engine refuses the completion itself.
		}
		finally {
			restore(before);
		}
	}

	/** Runs a look-up without the caller's authorizations: the guard needs the task's real form. */
	private <T> T asSystem(Callable<T> lookup) {
		Authentication before = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return lookup.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			restore(before);
		}
	}

	private void restore(Authentication before) {
		if (before == null) {
			identity.clearAuthentication();
		}
		else {
			identity.setAuthentication(before);
		}
	}

}

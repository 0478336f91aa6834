package cn.eco.enforcement.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import org.springframework.stereotype.Component;

/**
 * Task lists of one's own work are answered without the engine's authorization join.
 *
 * <p>
 * With authorization on, every task query joins {@code ACT_RU_AUTHORIZATION} on
 * {@code RESOURCE_ID_ IN (task id, definition key, '*')}. That join is an OR of three columns, so
 * PostgreSQL compares each listed task with every authorization row of the user and his groups —
 * and the engine writes two rows per open task (one for its assignee, one per candidate group). With
 * a year's open work (300,000 loops) an inspector's 我的待办 did not answer within minutes (docs/scale.md).
 *
 * <p>
 * Some queries need no such check, because what they ask for already is the permission: the engine's
 * authorization provider grants the task to its assignee when it is assigned and to each candidate
 * group when that group is linked, and nothing here revokes those grants. So a query whose main part
 * asks for tasks <em>assigned to the caller</em>, or for tasks <em>offered to groups the caller is
 * authenticated with</em>, can only list tasks the full check would let through. Only the main part
 * counts (the engine ANDs it with every {@code or()} part), and only exact criteria (no "like", no
 * candidate user, whose groups come from membership rather than the authentication). Every other task
 * query, and every single-task read and write, keeps the engine's check. Tenant checks are untouched.
 *
 * <p>
 * These are Tasklist's 我的待办, 本中队待认领, 企业整改 and 本公司巡检任务 filters (and a REST caller asking
 * the same). The card variables Tasklist embeds in such a list, and the engine's per-command group
 * lookup, are the other two places where the authorization table's size showed; see the methods
 * below. {@code OwnWorkTaskQueriesTests} shows that nobody sees more through any of this than before.
 */
@Component
class OwnWorkTaskQueries extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = new ArrayList<>();
		if (configuration.getCustomSessionFactories() != null) {
			factories.addAll(configuration.getCustomSessionFactories());
		}
		factories.add(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new OwnWorkAuthorizationManager();
			}
		});
		configuration.setCustomSessionFactories(factories);
	}

	/** Whether every task the query can list is granted to the caller by its assignment or candidacy. */
	static boolean ownWork(TaskQueryImpl query, String userId, List<String> groupIds) {
		if (userId == null) {
			return false;
		}
		if (userId.equals(query.getAssignee())) {
			return true;
		}
		if (query.getCandidateUser() != null || groupIds == null || groupIds.isEmpty()) {
			return false;
		}
		if (query.getCandidateGroup() != null) {
			return groupIds.contains(query.getCandidateGroup());
		}
		List<String> groups = query.getCandidateGroupsInternal();
		return groups != null && !groups.isEmpty() && groupIds.containsAll(groups);
	}

	static final class OwnWorkAuthorizationManager extends AuthorizationManager {

		/** Tasklist asks for the scopes of one page of tasks (five per task at most). */
		private static final int MAX_SCOPES_DECIDED_ONE_BY_ONE = 500;

		@Override
		public void configureTaskQuery(TaskQueryImpl query) {
			super.configureTaskQuery(query);
			AuthorizationCheck check = query.getAuthCheck();
			if (check.isAuthorizationCheckEnabled() && ownWork(query, check.getAuthUserId(), check.getAuthGroupIds())) {
				check.setAuthorizationCheckEnabled(false);
				check.getPermissionChecks().clear();
			}
		}

		/**
		 * Tasklist embeds each listed task's card variables with one variable query over the tasks'
		 * scopes (the task, its execution, its process instance), and that query carries the same kind of
		 * authorization join. Such a query names its scopes, so it is decided scope by scope instead, with
		 * the engine's own single checks (an index lookup each): a task-local variable is readable with
		 * READ on its task, its process instance, or READ_INSTANCE on its definition; an execution's
		 * variable with the latter two. The query keeps the scopes that pass and runs without the join, so
		 * it returns exactly the rows the join would. A scope that is neither a running task nor an
		 * execution, a long list, or the stricter variable permissions leave the engine's check in place.
		 */
		@Override
		protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
			super.configureVariableInstanceQuery(query);
			AuthorizationCheck check = query.getAuthCheck();
			String[] scopes = query.getVariableScopeIds();
			if (!check.isAuthorizationCheckEnabled() || scopes == null || scopes.length == 0
					|| scopes.length > MAX_SCOPES_DECIDED_ONE_BY_ONE || isEnsureSpecificVariablePermission()) {
				return;
			}
			List<String> readable = new ArrayList<>();
			for (String scope : scopes) {
				Boolean decided = readableScope(scope, check.getAuthUserId(), check.getAuthGroupIds());
				if (decided == null) {
					return;
				}
				if (decided) {
					readable.add(scope);
				}
			}
			if (readable.isEmpty()) {
				return;
			}
			query.variableScopeIdIn(readable.toArray(String[]::new));
			check.setAuthorizationCheckEnabled(false);
			check.getPermissionChecks().clear();
		}

		/** Whether the caller may read the scope's variables; null when the scope is not one decided here. */
		private Boolean readableScope(String scope, String userId, List<String> groupIds) {
			TaskEntity task = getCommandContext().getTaskManager().findTaskById(scope);
			if (task != null) {
				return isAuthorized(userId, groupIds, Permissions.READ, Resources.TASK, task.getId())
						|| instanceReadable(task.getProcessInstanceId(), task.getProcessDefinitionId(), userId, groupIds);
			}
			ExecutionEntity execution = getCommandContext().getExecutionManager().findExecutionById(scope);
			if (execution != null) {
				return instanceReadable(execution.getProcessInstanceId(), execution.getProcessDefinitionId(), userId,
						groupIds);
			}
			return null;
		}

		private boolean instanceReadable(String processInstanceId, String definitionId, String userId,
				List<String> groupIds) {
			if (processInstanceId == null) {
				return false;
			}
			if (isAuthorized(userId, groupIds, Permissions.READ, Resources.PROCESS_INSTANCE, processInstanceId)) {
				return true;
			}
			String key = getCommandContext().getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedProcessDefinitionById(definitionId)
				.getKey();
			return isAuthorized(userId, groupIds, ProcessDefinitionPermissions.READ_INSTANCE,
					Resources.PROCESS_DEFINITION, key);
		}

		/**
		 * The engine narrows the caller's groups to those named in any authorization, to shorten its
		 * queries; to learn them it reads {@code SELECT DISTINCT GROUP_ID_} over the whole authorization
		 * table in every command — 0.1–0.5 s per request with a year's open work. A group without
		 * authorizations matches no row of any check, so passing all of the caller's groups (two or three)
		 * decides every check the same way.
		 */
		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? new ArrayList<>()
					: new ArrayList<>(authenticatedGroupIds);
		}

	}

}

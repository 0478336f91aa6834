package cn.eco.enforcement.identity.internal;

import static cn.eco.enforcement.identity.Roles.*;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The groups, engine authorizations and Tasklist filters every installation has. Idempotent, so it
 * runs on every start: it adds what is missing and sets each grant it declares back to the declared
 * permissions (grants it does not declare, such as an admin's own, are left alone).
 *
 * <ul>
 * <li>admins ({@code camunda-admin}) hold every permission on every resource, as Camunda's own
 * first-admin setup grants, so the Admin webapp admits them;</li>
 * <li>inspectors and squadron leaders use Tasklist and see only tasks assigned or offered to them
 * (the engine grants those per task);</li>
 * <li>supervisors use Tasklist and Cockpit and request deployments, which an admin approves; like
 * everyone but admins they only read users and groups, so no one else can reset a password or
 * change a membership;</li>
 * <li>auditors read runtime and history in Cockpit and change nothing;</li>
 * <li>enterprise accounts use Tasklist for their own firm's tasks and read no process definition,
 * so nothing city-wide (BPMN XML, process statistics) reaches them;</li>
 * <li>data-sharing accounts ({@code data-sharing}) hold no grant at all: no webapp admits them, and
 * {@link DataSharingConfinement} keeps them to {@code GET /api/sharing/…}.</li>
 * </ul>
 */
class AccessModel {

	private static final Logger log = LoggerFactory.getLogger(AccessModel.class);

	private static final Map<String, String> ROLE_GROUPS = Map.of(SUPERVISORS, "执法监督", SQUADRON_LEADERS, "中队长",
			INSPECTORS, "执法人员", AUDITORS, "审计监督", ALARM_SOURCES, "告警接入系统", ENTERPRISES, "企业账号", LEGAL_REVIEWERS,
			"法制审核", DATA_SHARING, "数据共享账户");

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	private final GridApi grid;

	private final EnterpriseApi enterprises;

	AccessModel(IdentityService identity, AuthorizationService authorizations, FilterService filters,
			TaskService tasks, GridApi grid, EnterpriseApi enterprises) {
		this.enterprises = enterprises;
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
		this.grid = grid;
	}

	/** The role groups and one group per squadron; accounts join them. */
	void ensureGroups() {
		ensureGroup(ADMIN, "系统管理员", "SYSTEM");
		ROLE_GROUPS.forEach((id, name) -> ensureGroup(id, name, "WORKFLOW"));
		for (Squadron squadron : grid.squadrons()) {
			ensureGroup(squadron.groupId(), squadron.name(), "WORKFLOW");
		}
		for (EnterpriseProfile firm : enterprises.list()) {
			ensureGroup(EnterpriseApi.accountGroupOf(firm.code()), firm.name(), "WORKFLOW");
		}
	}

	/**
	 * What each role may do in the engine and the webapps, and the shared Tasklist filters. Legal
	 * reviewers hold no grants of their own: they are supervisors whose duty the group marks.
	 */
	void ensureGrantsAndFilters(String filterOwner) {
		for (Resource resource : Resources.values()) {
			grant(ADMIN, resource, "*", ALL);
		}
		for (String worker : List.of(INSPECTORS, SQUADRON_LEADERS)) {
			grant(worker, APPLICATION, "tasklist", ACCESS);
			grant(worker, PROCESS_DEFINITION, "*", READ);
			grant(worker, USER, "*", READ);
			grant(worker, GROUP, "*", READ);
		}
		grant(ENTERPRISES, APPLICATION, "tasklist", ACCESS);
		// Tasklist shows a firm its tasks and their forms through the tasks' own grants (deployed
		// forms are read without a definition check); READ on definitions would also give it every
		// process's BPMN XML and the city-wide instance counts of /process-definition/statistics.
		revoke(ENTERPRISES, PROCESS_DEFINITION, "*");
		grant(SUPERVISORS, APPLICATION, "tasklist", ACCESS);
		grant(SUPERVISORS, APPLICATION, "cockpit", ACCESS);
		// Supervisors submit deployment requests; only admins deploy (four eyes, DeploymentRequests).
		grant(SUPERVISORS, DEPLOYMENT, "*", READ);
		for (Resource resource : List.of(PROCESS_DEFINITION, PROCESS_INSTANCE, TASK, DECISION_DEFINITION,
				DECISION_REQUIREMENTS_DEFINITION, BATCH, HISTORIC_TASK, HISTORIC_PROCESS_INSTANCE)) {
			grant(SUPERVISORS, resource, "*", ALL);
		}
		grant(SUPERVISORS, USER, "*", READ);
		grant(SUPERVISORS, GROUP, "*", READ);
		grant(AUDITORS, APPLICATION, "cockpit", ACCESS);
		grant(AUDITORS, PROCESS_DEFINITION, "*", READ, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
		grant(AUDITORS, PROCESS_INSTANCE, "*", READ);
		grant(AUDITORS, DEPLOYMENT, "*", READ);
		grant(AUDITORS, DECISION_DEFINITION, "*", READ, org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY);
		grant(AUDITORS, HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
		grant(AUDITORS, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
		grant(AUDITORS, TASK, "*", READ);
		grant(AUDITORS, OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ);
		grant(AUDITORS, USER, "*", READ);
		grant(AUDITORS, GROUP, "*", READ);
		new TasklistFilters(filters, tasks, this).ensure(filterOwner);
		ensureOmInspectorAccess();
	}

	private void ensureGroup(String id, String name, String type) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			var group = identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			identity.saveGroup(group);
			log.info("Created group {} ({})", id, name);
		}
	}

	void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization grant = grantOf(groupId, resource, resourceId);
		if (grant == null) {
			grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		else if (holdsExactly(grant, resource, permissions)) {
			return;
		}
		else {
			log.info("Resetting the grant of {} on {} {} to {}", groupId, resource.resourceName(), resourceId,
					Arrays.toString(permissions));
		}
		grant.setPermissions(permissions);
		authorizations.saveAuthorization(grant);
	}

	private Authorization grantOf(String groupId, Resource resource, String resourceId) {
		return authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
	}

	/** Deletes a grant earlier versions declared and this one no longer does. */
	void revoke(String groupId, Resource resource, String resourceId) {
		Authorization grant = grantOf(groupId, resource, resourceId);
		if (grant != null) {
			log.info("Revoking the grant of {} on {} {}", groupId, resource.resourceName(), resourceId);
			authorizations.deleteAuthorization(grant.getId());
		}
	}

	/** Compares bit by bit over the permissions the resource knows, so ALL and READ tell apart. */
	private static boolean holdsExactly(Authorization grant, Resource resource, Permission[] wanted) {
		int mask = Arrays.stream(wanted).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
		return Arrays.stream(Permissions.values())
			.filter(p -> p != Permissions.NONE && p != Permissions.ALL && Arrays.asList(p.getTypes()).contains(resource))
			.allMatch(p -> grant.isPermissionGranted(p) == ((mask & p.getValue()) == p.getValue()));
	}

	/**
	 * Third-party O&M inspectors ({@code om-inspector}) use Tasklist for the inspections and
	 * verifications offered to their company's group, which covers only the devices of its contract;
	 * like enterprise accounts they read no process definition. Their filter is in {@link TasklistFilters}.
	 */
	private void ensureOmInspectorAccess() {
		ensureGroup(OM_INSPECTORS, "第三方运维巡检", "WORKFLOW");
		grant(OM_INSPECTORS, APPLICATION, "tasklist", ACCESS);
	}

}

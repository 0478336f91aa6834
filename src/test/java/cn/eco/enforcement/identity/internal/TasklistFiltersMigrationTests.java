package cn.eco.enforcement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.identity.Roles;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installation of the previous version keeps its filters' ids but gets this version's names, scopes
 * and readers on start, with no duplicates, however often it starts.
 */
@IntegrationTest
class TasklistFiltersMigrationTests {

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	FilterService filters;

	@Autowired
	TaskService tasks;

	@Autowired
	GridApi grid;

	@Autowired
	EnterpriseApi enterprises;

	@Test
	void earlierFiltersAreRenamedRescopedAndDeduplicatedOnEveryStart() {
		filters.deleteFilter(named("企业整改").getId());
		Filter firmsWork = filters.newTaskFilter("本企业待办")
			.setOwner("demo")
			.setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"))
			.setProperties(Map.of("description", "需要本企业填报或整改的任务", "priority", -5, "refresh", true));
		filters.saveFilter(firmsWork);
		Filter secondMine = filters.newTaskFilter("我的待办")
			.setOwner("demo")
			.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		filters.saveFilter(secondMine);
		String squadronPool = named("本中队待认领").getId();
		grantRead(Roles.SUPERVISORS, squadronPool);

		AccessModel access = new AccessModel(identity, authorizations, filters, tasks, grid, enterprises);
		access.ensureGrantsAndFilters("demo");
		access.ensureGrantsAndFilters("demo");

		assertThat(filters.createFilterQuery().filterName("本企业待办").count()).isZero();
		assertThat(named("企业整改").getId()).as("renamed in place").isEqualTo(firmsWork.getId());
		assertThat(named("企业整改").getProperties()).containsEntry("description", "本企业需要填报的自检和整改任务")
			.containsKey("variables");
		for (String name : List.of("我的待办", "待我审批", "法制审核", "点名待认领", "企业整改", "本中队待认领", "全部可见任务")) {
			assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
		}
		assertThat(readGrant(Roles.SUPERVISORS, squadronPool)).as("supervisors have no squadron").isNull();
		assertThat(readGrant(Roles.INSPECTORS, squadronPool)).isNotNull();
		assertThat(readGrant(Roles.ENTERPRISES, firmsWork.getId())).isNotNull();
	}

	private Filter named(String name) {
		return filters.createFilterQuery().filterName(name).singleResult();
	}

	private void grantRead(String group, String filterId) {
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(group);
		grant.setResource(Resources.FILTER);
		grant.setResourceId(filterId);
		grant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(grant);
	}

	private Authorization readGrant(String group, String filterId) {
		return authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(group)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.singleResult();
	}

}

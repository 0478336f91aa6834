package cn.eco.enforcement.identity.internal;

import static cn.eco.enforcement.identity.Roles.*;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared Tasklist filters, one set per role, each named for what it holds; their cards show
 * place, township, deadline and urgency (the task variables casework writes at creation) and they
 * list the nearest deadline first. Runs on every start: a filter of an earlier version is renamed
 * and re-scoped in place (its id, and so any bookmark, stays), duplicates are removed, and groups
 * that no longer read a filter lose their grant.
 */
class TasklistFilters {

	private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

	/** Approvals and decisions supervisors take; the legal review has a filter of its own. */
	static final String[] APPROVALS = { "Task_ApproveFiling", "Task_ApproveClosing", "Task_ApproveExtension",
			"Task_ReviewCase", "Task_CollectiveDiscussion", "Task_DecidePenalty", "Task_DecideDailyPenalty",
			"Task_ScheduleHearing", "Task_TransferCase", "Task_ReviewRemoval" };

	static final String LEGAL_REVIEW = "Task_LegalReview";

	private static final List<String> ROLE_GROUPS = List.of(SUPERVISORS, LEGAL_REVIEWERS, SQUADRON_LEADERS, INSPECTORS,
			AUDITORS, ENTERPRISES, ALARM_SOURCES, OM_INSPECTORS);

	private static final String ME = "${currentUser()}";

	private static final String MY_GROUPS = "${currentUserGroups()}";

	private final FilterService filters;

	private final TaskService tasks;

	private final AccessModel access;

	TasklistFilters(FilterService filters, TaskService tasks, AccessModel access) {
		this.filters = filters;
		this.tasks = tasks;
		this.access = access;
	}

	/** A filter as declared: its name, earlier names it replaces, what it lists and who reads it. */
	record Declared(String name, List<String> formerNames, String description, int priority, TaskQuery query,
			List<String> readers) {
	}

	List<Declared> declared() {
		return List.of(
				new Declared("我的待办", List.of(), "分派给我、由我办理的任务", -10,
						tasks.createTaskQuery().taskAssigneeExpression(ME), List.of(INSPECTORS, SQUADRON_LEADERS, SUPERVISORS)),
				new Declared("待我审批", List.of(), "立案、结案、延期等审批与决定：分派给我的，和交给执法监督尚无人认领的", -9,
						mineOrMyGroups().taskDefinitionKeyIn(APPROVALS), List.of(SUPERVISORS)),
				new Declared("法制审核", List.of(), "待法制审核的案件：分派给我的，和尚无人认领的", -9,
						mineOrMyGroups().taskDefinitionKey(LEGAL_REVIEW), List.of(LEGAL_REVIEWERS)),
				new Declared("点名待认领", List.of(), "点名由我办理、尚无人认领的任务（如双随机抽查）", -8,
						tasks.createTaskQuery().taskCandidateUserExpression(ME).withCandidateUsers().taskUnassigned(),
						List.of(INSPECTORS, SQUADRON_LEADERS)),
				new Declared("企业整改", List.of("本企业待办"), "本企业需要填报的自检和整改任务", -5,
						tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks(),
						List.of(ENTERPRISES)),
				// a claimed task stays in view: the company's group is the inspectors' only way to it
				new Declared("本公司巡检任务", List.of(), "派给本巡检公司的自动监控设施巡检和整改核查任务", -6,
						tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks(),
						List.of(OM_INSPECTORS)),
				new Declared("本中队待认领", List.of(), "派给我所在中队、尚无人认领的任务", 0,
						tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).taskUnassigned(),
						List.of(INSPECTORS, SQUADRON_LEADERS)),
				new Declared("全部可见任务", List.of(), "我有权查看的全部任务", 10, tasks.createTaskQuery(),
						List.of(SUPERVISORS, AUDITORS)));
	}

	void ensure(String owner) {
		for (Declared filter : declared()) {
			ensure(owner, filter);
		}
	}

	private TaskQuery mineOrMyGroups() {
		return tasks.createTaskQuery().or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS).endOr();
	}

	private void ensure(String owner, Declared declared) {
		List<Filter> existing = new ArrayList<>(filters.createFilterQuery().filterName(declared.name()).list());
		existing.sort(Comparator.comparing(Filter::getId));
		for (String former : declared.formerNames()) {
			existing.addAll(filters.createFilterQuery().filterName(former).list());
		}
		Filter filter = existing.isEmpty() ? filters.newTaskFilter(declared.name()).setOwner(owner) : existing.get(0);
		for (Filter duplicate : existing.subList(Math.min(1, existing.size()), existing.size())) {
			log.info("Removing Tasklist filter {} ({}), replaced by {}", duplicate.getName(), duplicate.getId(), declared.name());
			filters.deleteFilter(duplicate.getId());
		}
		if (!declared.name().equals(filter.getName())) {
			log.info("Renaming Tasklist filter {} to {}", filter.getName(), declared.name());
		}
		filter.setName(declared.name());
		filter.setQuery(declared.query().orderByDueDate().asc());
		filter.setProperties(properties(declared));
		filters.saveFilter(filter);
		for (String group : declared.readers()) {
			access.grant(group, FILTER, filter.getId(), READ);
		}
		revokeFormerReaders(filter.getId(), declared.readers());
	}

	private static Map<String, Object> properties(Declared declared) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", declared.description());
		properties.put("priority", declared.priority());
		// refresh: Tasklist reloads the list and the filter's task count every few seconds
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		// Tasklist shows the first two on the card and folds the rest; the firm is in the name already
		properties.put("variables", List.of(variable("taskTownship", "乡镇（街道）"), variable("taskDueAt", "办理期限"),
				variable("taskUrgency", "紧急程度"), variable("taskSubject", "企业/站点")));
		return properties;
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

	private void revokeFormerReaders(String filterId, List<String> readers) {
		ROLE_GROUPS.stream().filter(group -> !readers.contains(group)).forEach(group -> access.revoke(group, FILTER, filterId));
	}

}

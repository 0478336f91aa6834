package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Task lists of one's own work, and the card variables of a listed page, skip the engine's
 * authorization join (it does not scale to a year's open work); this shows that the shortcut lets
 * nobody see a task or a variable the full check would hide. The task
 * here is a 签收 of squadron GX-SQ1, assigned to wangqiang and offered to his squadron; zhangwei
 * serves in GX-SQ2.
 */
@IntegrationTest
class OwnWorkTaskQueriesTests {

	private static final String SQ1 = "squadron-XY-GX-SQ1";

	private static final String SQ2 = "squadron-XY-GX-SQ2";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	private String signFor;

	@BeforeEach
	void signForTaskOfSquadronOne() {
		String loop = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(loop).singleResult();
		assertThat(task.getAssignee()).isEqualTo("wangqiang");
		assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
			.anyMatch(link -> SQ1.equals(link.getGroupId()));
		signFor = task.getId();
	}

	@Test
	void theAssigneeAndHisSquadronFindTheTaskInTheirOwnLists() {
		assertThat(ids("wangqiang", "/engine-rest/task?assignee=wangqiang")).contains(signFor);
		assertThat(ids("liuyang", "/engine-rest/task?candidateGroup=" + SQ1 + "&includeAssignedTasks=true")).contains(signFor);
		assertThat(ids("liuyang", "/engine-rest/task?candidateGroups=" + SQ1 + "&includeAssignedTasks=true")).contains(signFor);
	}

	@Test
	void askingForSomebodyElsesWorkStillGoesThroughTheFullCheck() {
		assertThat(ids("zhangwei", "/engine-rest/task?assignee=wangqiang")).doesNotContain(signFor);
		assertThat(count("zhangwei", "/engine-rest/task/count?assignee=wangqiang")).isZero();
		assertThat(ids("zhangwei", "/engine-rest/task?assigneeLike=wangqiang")).doesNotContain(signFor);
		assertThat(ids("zhangwei", "/engine-rest/task?assigneeIn=wangqiang,zhangwei")).doesNotContain(signFor);
	}

	@Test
	void askingForAnotherSquadronsPoolStillGoesThroughTheFullCheck() {
		assertThat(ids("zhangwei", "/engine-rest/task?candidateGroup=" + SQ1 + "&includeAssignedTasks=true"))
			.doesNotContain(signFor);
		assertThat(ids("zhangwei", "/engine-rest/task?candidateGroups=" + SQ1 + "," + SQ2 + "&includeAssignedTasks=true"))
			.as("one group of his own does not open the other").doesNotContain(signFor);
		assertThat(ids("zhangwei", "/engine-rest/task?candidateUser=wangqiang&includeAssignedTasks=true"))
			.doesNotContain(signFor);
		assertThat(ids("zhangwei", "/engine-rest/task?candidateGroupLike=squadron-XY-GX-SQ%25&includeAssignedTasks=true"))
			.doesNotContain(signFor);
	}

	@Test
	void theOtherSquadronsFiltersDoNotListIt() {
		for (JsonNode filter : Http.as(port, "zhangwei").get("/engine-rest/filter?resourceType=Task").json()) {
			assertThat(ids("zhangwei", "/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=1000"))
				.as(filter.get("name").asText())
				.doesNotContain(signFor);
		}
	}

	@Test
	void cardVariablesOfAListedPageAreReadExactlyAsTheFullCheckWouldReadThem() {
		Task task = engine.getTaskService().createTaskQuery().taskId(signFor).singleResult();
		String scopes = "/engine-rest/variable-instance?variableScopeIdIn=" + signFor + "," + task.getExecutionId() + ","
				+ task.getProcessInstanceId();

		assertThat(names("wangqiang", scopes)).as("his task's card, not the loop's process variables")
			.contains("taskSubject", "taskTownship")
			.doesNotContain("alarmId");
		assertThat(names("liuyang", scopes)).as("offered to his squadron").contains("taskSubject");
		assertThat(names("zhangwei", scopes)).as("another squadron's task").isEmpty();
		assertThat(names("zhoumin", scopes)).as("auditors read every process instance").contains("taskSubject", "alarmId");
		assertThat(names("wangqiang", scopes + "&variableName=alarmId")).isEmpty();
	}

	private List<String> names(String user, String path) {
		var answer = Http.as(port, user).get(path);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		answer.json().forEach(variable -> names.add(variable.get("name").asText()));
		return names;
	}

	private List<String> ids(String user, String path) {
		var answer = Http.as(port, user).get(path);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		answer.json().forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

	private long count(String user, String path) {
		var answer = Http.as(port, user).get(path);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("count").asLong();
	}

}

package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One set of Tasklist filters per role, read over the engine REST API as Tasklist reads them: which
 * filters each role sees, how their counts follow the work, the card variables that come with each
 * task, and the nearest deadline first.
 */
@IntegrationTest
class TasklistFiltersTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void eachRoleSeesTheFiltersNamedForItsWork() {
		assertThat(filters("wangqiang").keySet()).containsExactlyInAnyOrder("我的待办", "点名待认领", "本中队待认领");
		assertThat(filters("chenjun").keySet()).containsExactlyInAnyOrder("我的待办", "点名待认领", "本中队待认领");
		assertThat(filters("sunli").keySet()).containsExactlyInAnyOrder("我的待办", "待我审批", "全部可见任务");
		assertThat(filters("gaojie").keySet()).containsExactlyInAnyOrder("我的待办", "待我审批", "法制审核", "全部可见任务");
		assertThat(filters("ent0001").keySet()).containsExactly("企业整改");
	}

	@Test
	void squadronTasksCountForTheSquadronAndAssignedOnesForTheirAssignee() {
		long mine = count("wangqiang", "我的待办");
		long pool = count("liuyang", "本中队待认领");

		alarms.raise(Alarms.moderateExceedanceAt("ENT-0001"));
		alarms.raise(Alarms.moderateExceedanceAt("ENT-0004"));

		assertThat(count("wangqiang", "我的待办")).isEqualTo(mine + 1);
		assertThat(count("liuyang", "本中队待认领")).isEqualTo(pool + 1);
		assertThat(count("wangqiang", "本中队待认领")).isEqualTo(pool + 1);
	}

	@Test
	void approvalsLandInTheApproversFilterAndTheLegalReviewInTheLegalReviewers() {
		long approvals = count("sunli", "待我审批");
		long othersApprovals = count("gaojie", "待我审批");
		long legalReviews = count("gaojie", "法制审核");

		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		assertThat(count("sunli", "待我审批")).isEqualTo(approvals + 1);
		assertThat(count("gaojie", "待我审批")).as("the approval is sunli's, not every supervisor's").isEqualTo(othersApprovals);

		asUser("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "同意",
				"procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang")));
		assertThat(count("sunli", "待我审批")).isEqualTo(approvals);
		asUser("wangqiang", () -> complete(task(caseFiling), withVariables("facts", "超标排放", "evidenceList", "笔录",
				"inquiryRecord", "承认", "violationType", "EXCEEDANCE", "severity", "SERIOUS", "durationDays", 40L,
				"correctedPromptly", false, "violatedProvision", "《中华人民共和国大气污染防治法》第十八条")));
		asUser("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));
		asUser("sunli", () -> complete(task(caseFiling), withVariables("caseOutcome", "PENALTY", "fineAmount", 600000L,
				"penaltyProvision", "《中华人民共和国大气污染防治法》第九十九条第二项", "correctionOrdered", false,
				"reviewOpinion", "建议从重处罚")));

		assertThat(task(caseFiling).getTaskDefinitionKey()).isEqualTo("Task_LegalReview");
		assertThat(count("gaojie", "法制审核")).isEqualTo(legalReviews + 1);
		assertThat(count("sunli", "待我审批")).isEqualTo(approvals);
	}

	@Test
	void cardsCarryPlaceTownshipDeadlineAndUrgencyAndTheNearestDeadlineComesFirst() {
		alarms.raise(Alarms.moderateExceedanceAt("ENT-0001"));
		alarms.raise(Alarms.moderateExceedanceAt("ENT-0002"));

		JsonNode list = halList("wangqiang", "我的待办");

		List<String> due = new ArrayList<>();
		boolean sawCard = false;
		for (JsonNode task : list.at("/_embedded/task")) {
			due.add(task.get("due").isNull() ? null : task.get("due").asText());
			Map<String, String> card = new HashMap<>();
			task.at("/_embedded/variable").forEach(v -> card.put(v.get("name").asText(), v.get("value").asText()));
			if (task.get("name").asText().startsWith("签收｜襄阳恒瑞汽车零部件有限公司｜")) {
				sawCard = true;
				assertThat(card).containsEntry("taskSubject", "襄阳恒瑞汽车零部件有限公司")
					.containsEntry("taskTownship", "团山镇")
					.containsEntry("taskUrgency", "较急")
					.containsKey("taskDueAt");
			}
		}
		assertThat(sawCard).isTrue();
		List<String> dated = due.stream().filter(d -> d != null).toList();
		assertThat(dated).isSorted();
		assertThat(due.subList(0, dated.size())).as("undated tasks come last").doesNotContainNull();
	}

	private Map<String, String> filters(String user) {
		Map<String, String> byName = new HashMap<>();
		for (JsonNode filter : Http.as(port, user).get("/engine-rest/filter?resourceType=Task").json()) {
			assertThat(byName.put(filter.get("name").asText(), filter.get("id").asText())).as("one filter per name").isNull();
		}
		return byName;
	}

	private long count(String user, String filter) {
		var answer = Http.as(port, user).get("/engine-rest/filter/" + filters(user).get(filter) + "/count");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("count").asLong();
	}

	/** The list as Tasklist asks for it: HAL, with the filter's card variables embedded. */
	private JsonNode halList(String user, String filter) {
		Http http = Http.as(port, user);
		var answer = http.send(http.request("/engine-rest/filter/" + filters(user).get(filter) + "/list?firstResult=0&maxResults=200")
			.header("Content-Type", "application/json")
			.header("Accept", "application/hal+json")
			.POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-TF" + unique % 1_000_000;
		var row = new EnterpriseData(code, "襄阳筛选" + code + "有限公司", "91420602" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路2号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

	private ProcessInstance caseAtFilingApproval(String firm) {
		String loopId = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(loopId).singleResult();
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "现场检测超标", "findings",
				"超标排放", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令停止超标排放"));
		complete(task(loop), withVariables("approved", true, "reviewComment", "属实"));
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("case-filing")
			.processInstanceBusinessKey(loop.getBusinessKey()).singleResult();
	}

	private void asUser(String user, Runnable action) {
		List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
			.map(g -> g.getId()).toList();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			action.run();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}

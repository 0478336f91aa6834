package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.assessment.statistics.InspectorMonth;
import cn.eco.enforcement.assessment.statistics.InspectorStatistics;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly random draw over the real registry: stored with its seed and replayable, recusal and
 * branches respected, one inspection process per drawn firm offered to the two drawn officers in
 * Tasklist, and plan and results public only once published.
 */
@IntegrationTest
class RandomInspectionTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	AlarmApi alarms;

	@Autowired
	InspectorStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@Test
	void supervisorDrawsAMonthOnceAndTheDrawReplaysFromItsSeedWithRecusal() {
		String month = YearMonth.now(clock).plusMonths(11).toString();
		Http supervisor = Http.as(port, "sunli");

		var created = supervisor.post("/api/random-inspections/draws", "{\"month\": \"" + month + "\", \"seed\": 20261128}");

		assertThat(created.status()).isEqualTo(201);
		JsonNode draw = created.json();
		assertThat(draw.get("seed").asLong()).isEqualTo(20261128L);
		assertThat(draw.get("drawnBy").asText()).isEqualTo("sunli");
		JsonNode inspections = draw.get("inspections");
		assertThat(inspections.size()).isGreaterThan(0);
		for (JsonNode item : inspections) {
			EnterpriseProfile firm = enterprises.find(item.get("enterpriseCode").asText()).orElseThrow();
			if (item.get("status").asText().equals("UNSTAFFED")) {
				continue;
			}
			List<String> pair = List.of(item.get("inspectorA").asText(), item.get("inspectorB").asText());
			assertThat(pair).doesNotHaveDuplicates().doesNotContainNull();
			assertThat(pair).as("recusal at " + firm.code()).doesNotContain(firm.responsibleInspector(), firm.deputyInspector());
			assertThat(pair.stream().map(this::branchOf)).as("same branch as " + firm.code())
				.containsOnly(branchOf(firm));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM staff WHERE user_id IN (?, ?) AND certificate_no IS NOT NULL AND available")
				.params(pair.get(0), pair.get(1)).query(Integer.class).single()).isEqualTo(2);
			assertThat(candidateUsers(item.get("processInstanceId").asText())).containsExactlyInAnyOrderElementsOf(pair);
		}
		JsonNode replay = supervisor.get("/api/random-inspections/draws/" + month + "/replay").json();
		assertThat(replay.get("matchesRecord").asBoolean()).isTrue();
		assertThat(replay.get("drawn").size()).isEqualTo(inspections.size());

		assertThat(supervisor.post("/api/random-inspections/draws", "{\"month\": \"" + month + "\"}").status()).isEqualTo(409);
		assertThat(supervisor.post("/api/random-inspections/draws", "{\"month\": \"2020-01\"}").status()).isEqualTo(400);
		assertThat(supervisor.post("/api/random-inspections/draws", "{\"month\": \"next\"}").status()).isEqualTo(400);
		assertThat(Http.as(port, "wangqiang").post("/api/random-inspections/draws", "{\"month\": \"" + month + "\"}").status())
			.isEqualTo(403);
		assertThat(Http.as(port, "wangqiang").get("/api/random-inspections/draws/" + month).status())
			.as("the plan is secret until carried out").isEqualTo(403);
	}

	@Test
	void drawnOfficerRecordsTheInspectionInTasklistAndTheProblemEntersTheLoopAndTheTable() {
		String month = YearMonth.now(clock).plusMonths(10).toString();
		Http supervisor = Http.as(port, "sunli");
		JsonNode draw = supervisor.post("/api/random-inspections/draws", "{\"month\": \"" + month + "\", \"seed\": 42}").json();
		JsonNode item = null;
		for (JsonNode i : draw.get("inspections")) {
			if (i.get("status").asText().equals("PLANNED") && i.get("inspectorA").asText().matches("[a-z]+")) {
				item = i;
				break;
			}
		}
		assertThat(item).as("a planned inspection for demo officers").isNotNull();
		String officer = item.get("inspectorA").asText();
		String firm = item.get("enterpriseCode").asText();
		Map<String, InspectorMonth> before = InspectorStatisticsTests.rows(statistics.table(YearMonth.now(clock), null, null));
		Http inspector = Http.as(port, officer);
		String taskId = offeredTask(inspector, item.get("processInstanceId").asText());

		var completed = inspector.post("/engine-rest/task/" + taskId + "/complete", """
				{"variables": {"inspectionRecord": {"value": "检查治理设施与台账"}, "problemFound": {"value": true, "type": "Boolean"},
				               "problemDescription": {"value": "活性炭未按期更换，台账缺失"}}}""");

		assertThat(completed.status()).isEqualTo(204);
		JsonNode done = supervisor.get("/api/random-inspections/draws/" + month).json();
		JsonNode result = null;
		for (JsonNode i : done.get("inspections")) {
			if (i.get("id").asLong() == item.get("id").asLong()) {
				result = i;
			}
		}
		assertThat(result.get("status").asText()).isEqualTo("DONE");
		assertThat(result.get("completedBy").asText()).isEqualTo(officer);
		assertThat(result.get("problemFound").asBoolean()).isTrue();
		String externalId = "RANDOM-" + result.get("id").asLong();
		assertThat(alarms.search(new AlarmQuery(firm, null, null, null, 100)))
			.anyMatch(a -> a.externalId().equals(externalId) && a.description().contains("活性炭"));
		InspectorMonth after = InspectorStatisticsTests.rows(statistics.table(YearMonth.now(clock), null, null)).get(officer);
		// A squadron leader drawn as officer has a row only once he has done something in the month.
		InspectorMonth was = before.getOrDefault(officer, new InspectorMonth(officer, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(after.inspectionRecords()).isEqualTo(was.inspectionRecords() + 1);
		assertThat(after.problemsFound()).isEqualTo(was.problemsFound() + 1);
		assertThat(after.enterprisesInspected()).isBetween(Math.max(1, was.enterprisesInspected()), was.enterprisesInspected() + 1);
	}

	@Test
	void planAndResultsArePublicOnlyOncePublishedAndWithoutNames() {
		String month = YearMonth.now(clock).plusMonths(9).toString();
		Http supervisor = Http.as(port, "sunli");
		JsonNode draw = supervisor.post("/api/random-inspections/draws", "{\"month\": \"" + month + "\"}").json();
		Http anyone = Http.anonymous(port);
		assertThat(anyone.get("/public/random-inspections/" + month).status()).isEqualTo(404);
		carryOut(draw);

		assertThat(supervisor.post("/api/random-inspections/draws/" + month + "/publication", "").status()).isEqualTo(200);

		var published = anyone.send(anyone.request("/public/random-inspections/" + month).header("Accept", "application/json").GET());
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("drawn").asInt()).isEqualTo(draw.get("inspections").size());
		assertThat(published.body()).doesNotContain(draw.get("inspections").get(0).get("enterpriseCode").asText() + "\"",
				"seed", "inspector", String.valueOf(draw.get("seed").asLong()));
		var page = anyone.send(anyone.request("/public/random-inspections/" + month).header("Accept", "text/html").GET());
		assertThat(page.body()).contains("双随机抽查计划与结果", visited(draw).get(0).get("enterpriseName").asText());
	}

	@Test
	void drawIsNotPublishedBeforeItsInspectionsAreDone() {
		String month = YearMonth.now(clock).plusMonths(8).toString();
		Http supervisor = Http.as(port, "sunli");
		JsonNode draw = supervisor.post("/api/random-inspections/draws", "{\"month\": \"" + month + "\"}").json();
		Http anyone = Http.anonymous(port);

		assertThat(supervisor.post("/api/random-inspections/draws/" + month + "/publication", "").status()).isEqualTo(409);
		assertThat(anyone.get("/public/random-inspections/" + month).status()).isEqualTo(404);
		// A month published before this rule existed stays hidden until its inspections are done.
		jdbc.sql("UPDATE random_draw SET published_at = now() WHERE draw_month = ?").param(month).update();
		assertThat(anyone.get("/public/random-inspections/" + month).status()).isEqualTo(404);

		carryOut(draw);

		var published = anyone.send(anyone.request("/public/random-inspections/" + month).header("Accept", "application/json").GET());
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("inspections").findValuesAsText("status")).containsOnly("已检查");
		for (JsonNode item : draw.get("inspections")) {
			if (item.get("status").asText().equals("UNSTAFFED")) {
				assertThat(published.body()).as("a firm still to be visited is not named")
					.doesNotContain(item.get("enterpriseName").asText());
			}
		}
	}

	/** The drawn officers record every planned inspection of the draw: nothing found. */
	private void carryOut(JsonNode draw) {
		for (JsonNode item : visited(draw)) {
			String taskId = engine.getTaskService().createTaskQuery()
				.processInstanceId(item.get("processInstanceId").asText()).singleResult().getId();
			engine.getTaskService().complete(taskId, Map.of("inspectionRecord", "检查治理设施与台账", "problemFound", false));
		}
	}

	private static List<JsonNode> visited(JsonNode draw) {
		List<JsonNode> planned = new java.util.ArrayList<>();
		draw.get("inspections").forEach(i -> {
			if (i.get("status").asText().equals("PLANNED")) {
				planned.add(i);
			}
		});
		return planned;
	}

	private String offeredTask(Http inspector, String processInstanceId) {
		JsonNode filters = inspector.get("/engine-rest/filter?resourceType=Task").json();
		String offered = null;
		for (JsonNode filter : filters) {
			if (filter.get("name").asText().equals("点名待认领")) {
				offered = filter.get("id").asText();
			}
		}
		assertThat(offered).as("Tasklist filter for tasks offered by name").isNotNull();
		JsonNode tasks = inspector.get("/engine-rest/filter/" + offered + "/list?maxResults=1000").json();
		for (JsonNode task : tasks) {
			if (task.get("processInstanceId").asText().equals(processInstanceId)) {
				assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_RecordRandomInspection");
				return task.get("id").asText();
			}
		}
		throw new AssertionError("random inspection not in the officer's Tasklist filter");
	}

	private List<String> candidateUsers(String processInstanceId) {
		String taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
		return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getUserId)
			.filter(java.util.Objects::nonNull).toList();
	}

	private String branchOf(String userId) {
		return jdbc.sql("""
				SELECT b.parent_code FROM staff s JOIN org_unit q ON q.code = s.org_unit_code JOIN org_unit b ON b.code = q.parent_code
				WHERE s.user_id = ?""").param(userId).query(String.class).single();
	}

	private String branchOf(EnterpriseProfile firm) {
		return jdbc.sql("SELECT b.parent_code FROM org_unit q JOIN org_unit b ON b.code = q.parent_code WHERE q.code = ?")
			.param(firm.squadronCode()).query(String.class).single();
	}

}

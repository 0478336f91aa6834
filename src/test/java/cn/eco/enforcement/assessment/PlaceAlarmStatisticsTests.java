package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.assessment.statistics.InspectorMonth;
import cn.eco.enforcement.assessment.statistics.InspectorStatistics;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monthly inspector table counts the place-based alarms an inspector handled (issue 17 item 5):
 * a fire point handled on site is one more 秸秆焚烧处置数 in his row, in JSON and in the CSV.
 */
@IntegrationTest
class PlaceAlarmStatisticsTests {

	/** In 卧龙镇, the grid of 襄城执法一中队 whose only inspector is zhaolei. */
	private static final String WOLONG = "\"latitude\": 31.992, \"longitude\": 112.010";

	private static final String SQUADRON = "XY-XC-SQ1";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	InspectorStatistics statistics;

	@Autowired
	Clock clock;

	@Test
	void aStrawBurningAlarmHandledOnSiteCountsInTheInspectorsRowOnce() {
		YearMonth month = YearMonth.now(clock);
		InspectorMonth before = row(month);

		var answer = Http.as(port, "monitor").post("/api/alarms", """
				{"externalId": "%s", "sourceType": "STRAW_BURNING", "observedAt": "%s", %s, "address": "卧龙镇麦田"}"""
			.formatted(Alarms.uniqueId(), OffsetDateTime.now().minusMinutes(5), WOLONG));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		String loop = answer.json().get("processInstanceId").asText();
		completeAsZhaolei(loop, "Task_SignFor", Map.of());
		completeAsZhaolei(loop, "Task_HandleOnSite",
				Map.of("inspectionRecord", "到场时已熄灭，已告诫村民", "violationFound", false));

		InspectorMonth after = row(month);
		assertThat(after.strawBurningHandled()).isEqualTo(before.strawBurningHandled() + 1);
		assertThat(after.patrolsHandled()).isEqualTo(before.patrolsHandled());
		assertThat(after.complaintsHandled()).isEqualTo(before.complaintsHandled());
		assertThat(after.enterprisesInspected()).as("a place is no enterprise").isEqualTo(before.enterprisesInspected());
		assertThat(statistics.table(month, SQUADRON, null).squadrons()).singleElement()
			.satisfies(s -> assertThat(s.strawBurningHandled()).isEqualTo(after.strawBurningHandled()));

		Http supervisor = Http.as(port, "sunli");
		String query = "?month=" + month + "&squadron=" + SQUADRON;
		JsonNode json = supervisor.get("/api/statistics/inspectors" + query).json();
		JsonNode zhaolei = json.findParents("inspector").stream()
			.filter(r -> r.get("inspector").asText().equals("zhaolei"))
			.findFirst()
			.orElseThrow();
		assertThat(zhaolei.get("strawBurningHandled").asLong()).isEqualTo(after.strawBurningHandled());
		List<String> csv = supervisor.get("/api/statistics/inspectors.csv" + query).body().replace("\uFEFF", "")
			.lines()
			.toList();
		List<String> headers = List.of(csv.get(0).split(","));
		assertThat(headers).endsWith("秸秆焚烧处置数", "视频/河道巡查处置数", "群众举报处置数");
		String[] cells = csv.stream().filter(l -> l.startsWith("zhaolei,")).findFirst().orElseThrow().split(",", -1);
		assertThat(cells[headers.indexOf("秸秆焚烧处置数")]).isEqualTo(String.valueOf(after.strawBurningHandled()));
	}

	private InspectorMonth row(YearMonth month) {
		return InspectorStatisticsTests.rows(statistics.table(month, SQUADRON, null)).get("zhaolei");
	}

	private void completeAsZhaolei(String processInstanceId, String taskKey, Map<String, Object> variables) {
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey).singleResult();
		assertThat(task).as(taskKey).isNotNull();
		if (task.getAssignee() == null) {
			engine.getTaskService().claim(task.getId(), "zhaolei");
		}
		engine.getTaskService().complete(task.getId(), variables);
	}

}

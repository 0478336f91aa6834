package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms carry the story (issue 16 item 3): what one step records reaches the next steps' forms, the
 * 责令整改 of the feedback becomes a tracked rectification in the enterprise file, and filing approval
 * starts with the inspectors who handled the loop.
 */
@IntegrationTest
class StoryFormsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void feedbackStartsFromTheOnSiteRecordSoTheInspectorDoesNotRetypeIt() {
		ProcessInstance loop = signedFor("ENT-0001");
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "排口采样",
				"findings", "废水总排口 COD 超标排放", "handlingMeasures", "责令立即停止超标排放", "violationFound", false));

		assertThat(task(loop)).hasDefinitionKey("Task_SubmitFeedback");
		assertThat((String) variable(loop, "feedbackSummary")).contains("经现场检查", "废水总排口 COD 超标排放", "责令立即停止超标排放");
		assertThat((String) variable(loop, "handlingSummary")).contains("现场检查记录：排口采样");
	}

	@Test
	void anOrderGivenInFeedbackIsTrackedAsARectificationAndShownInTheEnterpriseFile() {
		ProcessInstance loop = handledWithoutViolation("ENT-0001");
		LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);

		submit("wangqiang", loop, """
				{"feedbackSummary": {"value": "已责令整改"}, "rectificationRequired": {"value": true, "type": "Boolean"},
				 "rectificationOrder": {"value": "更换破损的废水收集管道并提交整改报告"},
				 "rectificationDeadline": {"value": "%s"}}""".formatted(deadline));
		assertThat(variable(loop, "rectificationProcessInstanceId")).as("tracked only once the review approves").isNull();
		long alarmId = ((Number) variable(loop, "alarmId")).longValue();
		submit("chenjun", loop, "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}, \"reviewComment\": {\"value\": \"同意\"}}");

		String tracking = (String) historic(loop, "rectificationProcessInstanceId");
		ProcessInstance rectification = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceId(tracking).singleResult();
		assertThat(rectification).isWaitingAt("Task_ReportRectification").hasNotPassed("Task_SetRectificationDeadline");
		assertThat(rectification).variables()
			.containsEntry("rectificationRequirements", "更换破损的废水收集管道并提交整改报告")
			.containsEntry("enterpriseCode", "ENT-0001")
			.doesNotContainKey("alarmId");
		assertThat(task(rectification).getDueDate()).isNotNull();

		JsonNode file = Http.as(port, "sunli").get("/api/enterprises/ENT-0001/file").json();
		JsonNode row = null;
		for (JsonNode candidate : file.get("openRectifications")) {
			if (candidate.get("source").asText().contains("告警 #" + alarmId)) {
				row = candidate;
			}
		}
		assertThat(row).as("the order in the enterprise file").isNotNull();
		assertThat(row.get("deadline").asText()).isEqualTo(deadline.toString());
		Http staff = Http.as(port, "sunli");
		String page = staff.send(staff.request("/api/enterprises/ENT-0001/file").header("Accept", "text/html").GET()).body();
		assertThat(page).contains("执法检查责令整改（告警 #" + alarmId + "）", deadline.toString());
	}

	@Test
	void anOrderWithoutRequirementsOrWithAPastDeadlineIsRefused() {
		ProcessInstance loop = handledWithoutViolation("ENT-0001");
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

		Http.Response noOrder = submitting("wangqiang", loop, """
				{"feedbackSummary": {"value": "已责令整改"}, "rectificationRequired": {"value": true, "type": "Boolean"},
				 "rectificationDeadline": {"value": "%s"}}""".formatted(yesterday.plusDays(5)));
		Http.Response past = submitting("wangqiang", loop, """
				{"feedbackSummary": {"value": "已责令整改"}, "rectificationRequired": {"value": true, "type": "Boolean"},
				 "rectificationOrder": {"value": "停产整治"}, "rectificationDeadline": {"value": "%s"}}""".formatted(yesterday));

		assertThat(noOrder.status()).as(noOrder.body()).isEqualTo(400);
		assertThat(noOrder.body()).contains("责令整改须写明整改要求和整改期限");
		assertThat(past.status()).as(past.body()).isEqualTo(400);
		assertThat(past.body()).contains("整改期限不能早于今天");
		assertThat(task(loop)).hasDefinitionKey("Task_SubmitFeedback");
	}

	@Test
	void filingApprovalStartsWithTheInspectorsWhoHandledTheLoopAndOffersOfficersBySquadron() throws Exception {
		ProcessInstance loop = signedFor("ENT-0001");
		complete(task(loop), withVariables("companionInspector", "刘洋（liuyang）", "inspectionRecord", "偷排废水",
				"violationFound", true, "evidence", photo(1200, 900)));
		complete(task(loop));
		complete(task(loop), withVariables("approved", true));
		ProcessInstance filing = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceId((String) historic(loop, "caseProcessInstanceId")).singleResult();

		assertThat(filing).isWaitingAt("Task_ApproveFiling").variables()
			.containsEntry("investigator1", "wangqiang")
			.containsEntry("investigator2", "liuyang");
		JsonNode options = JSON.readTree(variable(filing, "officerOptions").toString());
		assertThat(options.get(0).get("value").asText()).as("the lead inspector's squadron comes first")
			.isIn(squadronMatesOfWangqiang(options));
		for (JsonNode option : options) {
			assertThat(option.get("label").asText()).as("grouped by squadron").matches(".+｜.+（" + option.get("value").asText() + "）");
		}

		JsonNode shown = JSON.readTree(variable(filing, "evidenceItems").toString());
		long caseId = ((Number) variable(filing, "caseId")).longValue();
		assertThat(shown.get(0).get("url").asText()).startsWith("/api/cases/" + caseId + "/evidence/");
		var thumbnail = Http.as(port, "sunli").download(shown.get(0).get("thumbnailUrl").asText());
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
		assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(160);
		BufferedImage full = ImageIO.read(new ByteArrayInputStream(
				Http.as(port, "sunli").download(shown.get(0).get("url").asText()).body()));
		assertThat(full.getWidth()).isEqualTo(1200);
	}

	private static java.util.List<String> squadronMatesOfWangqiang(JsonNode options) {
		String wangqiang = null;
		for (JsonNode option : options) {
			if (option.get("value").asText().equals("wangqiang")) {
				wangqiang = option.get("label").asText();
			}
		}
		String squadron = wangqiang.substring(0, wangqiang.indexOf('｜'));
		java.util.List<String> mates = new java.util.ArrayList<>();
		options.forEach(o -> {
			if (o.get("label").asText().startsWith(squadron + "｜")) {
				mates.add(o.get("value").asText());
			}
		});
		return mates;
	}

	private ProcessInstance signedFor(String enterpriseCode) {
		String id = alarms.raise(Alarms.moderateExceedanceAt(enterpriseCode)).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
		complete(task(loop));
		return loop;
	}

	private ProcessInstance handledWithoutViolation(String enterpriseCode) {
		ProcessInstance loop = signedFor(enterpriseCode);
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "管道破损渗漏",
				"findings", "废水收集管道破损", "violationFound", false));
		return loop;
	}

	private Object variable(ProcessInstance instance, String name) {
		return engine.getRuntimeService().getVariable(instance.getId(), name);
	}

	private Object historic(ProcessInstance instance, String name) {
		return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
			.variableName(name).singleResult().getValue();
	}

	private void submit(String user, ProcessInstance loop, String variables) {
		Http.Response answer = submitting(user, loop, variables);
		assertThat(answer.status()).as(answer.body()).isEqualTo(204);
	}

	private Http.Response submitting(String user, ProcessInstance loop, String variables) {
		String taskId = task(loop).getId();
		return Http.as(port, user).post("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": " + variables + "}");
	}

	private static org.camunda.bpm.engine.variable.value.FileValue photo(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.ORANGE);
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return Variables.fileValue("排污口.jpg").file(out.toByteArray()).mimeType("image/jpeg").create();
	}

}

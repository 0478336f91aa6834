package cn.eco.enforcement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evidence added while working the steps after 现场处置 (what Tasklist's 证据材料 tab does): the
 * inspector verifying off site adds photos and his squadron leader reads them, a colleague cannot
 * add to a task assigned to someone else; a firm rectifying what a loop ordered adds photos to its
 * own report (in the tab or with the form's file), reads only its own firm's uploads, never the
 * inspectors' evidence, and another firm neither adds nor reads.
 */
@IntegrationTest
class EvidenceWhileWorkingTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void theInspectorVerifyingOffSiteAddsPhotosTheSquadronLeaderReadsThemAndAColleagueCannotAdd() {
		ProcessInstance loop = signedFor("ENT-0002");
		assertThat(task(loop).getTaskDefinitionKey()).isEqualTo("Task_VerifyOffSite");
		assertThat(task(loop).getAssignee()).isEqualTo("wangqiang");
		long alarmId = alarmOf(loop);

		Http.Response added = upload("wangqiang", alarmId, Map.of("在线监控截图.png", TestPhotos.png(61), "运行台账.jpg",
				TestPhotos.jpeg(62)));
		Http.Response colleague = upload("liuyang", alarmId, Map.of("c.jpg", TestPhotos.jpeg(63)));

		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(colleague.status()).isEqualTo(403);
		assertThat(colleague.body()).contains("正在办理此告警当前任务");
		JsonNode seen = Http.as(port, "chenjun").get("/api/alarms/" + alarmId + "/evidence").json();
		assertThat(seen.findValuesAsText("fileName")).containsExactlyInAnyOrder("在线监控截图.png", "运行台账.jpg");
		assertThat(seen.findValuesAsText("uploadedBy")).containsOnly("wangqiang");
		long photo = seen.get(0).get("id").asLong();
		assertThat(Http.as(port, "chenjun").download("/api/alarms/" + alarmId + "/evidence/" + photo + "?thumbnail=true")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aFirmAddsToItsOwnRectificationReportAndReadsOnlyItsOwnFirmsUploads() {
		Rectification rectification = orderedRectification();
		long alarmId = rectification.alarmId();

		Http.Response firm = upload("ent0001", alarmId, Map.of("整改后照片.jpg", TestPhotos.jpeg(71)));
		Http.Response otherFirm = upload("ent0002", alarmId, Map.of("x.jpg", TestPhotos.jpeg(72)));
		Http.Response formFile = Http.as(port, "ent0001").post("/engine-rest/task/" + task(rectification.instance()).getId()
				+ "/submit-form", """
						{"variables": {"rectificationProgress": {"value": "已更换管道"},
						 "rectificationCompleted": {"value": false, "type": "Boolean"},
						 "rectificationEvidence": {"type": "File", "value": "%s",
						   "valueInfo": {"filename": "整改报告.jpg", "mimetype": "image/jpeg"}}}}"""
					.formatted(Base64.getEncoder().encodeToString(TestPhotos.jpeg(73))));

		assertThat(firm.status()).as(firm.body()).isEqualTo(201);
		assertThat(otherFirm.status()).isEqualTo(403);
		assertThat(formFile.status()).as(formFile.body()).isEqualTo(204);
		JsonNode all = Http.as(port, "chenjun").get("/api/alarms/" + alarmId + "/evidence").json();
		assertThat(all.findValuesAsText("fileName")).containsExactly("现场照片.jpg", "整改后照片.jpg", "整改报告.jpg");
		assertThat(all.get(2).get("uploadedBy").asText()).isEqualTo("ent0001");
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(rectification.instance().getId()).variableName("rectificationEvidence").count())
			.as("the engine keeps no copy of the form's file").isZero();

		JsonNode own = Http.as(port, "ent0001").get("/api/alarms/" + alarmId + "/evidence").json();
		assertThat(own.findValuesAsText("fileName")).containsExactly("整改后照片.jpg", "整改报告.jpg");
		long inspectors = all.get(0).get("id").asLong();
		assertThat(Http.as(port, "ent0001").get("/api/alarms/" + alarmId + "/evidence/" + inspectors).status())
			.isEqualTo(404);
		assertThat(Http.as(port, "ent0001").get("/api/alarms/" + alarmId + "/evidence/" + all.get(1).get("id").asLong())
			.status()).isEqualTo(200);
		assertThat(Http.as(port, "ent0002").get("/api/alarms/" + alarmId + "/evidence").status()).isEqualTo(403);
	}

	@Test
	void onceTheFirmHasReportedTheInspectorVerifyingAddsAndTheFirmNoLonger() {
		Rectification rectification = orderedRectification();
		long alarmId = rectification.alarmId();
		assertThat(upload("ent0001", alarmId, Map.of("整改后.jpg", TestPhotos.jpeg(91))).status()).isEqualTo(201);
		Http.Response reported = Http.as(port, "ent0001").post("/engine-rest/task/" + task(rectification.instance()).getId()
				+ "/submit-form", """
						{"variables": {"rectificationProgress": {"value": "管道已全部更换"},
						 "rectificationCompleted": {"value": true, "type": "Boolean"}}}""");
		assertThat(reported.status()).as(reported.body()).isEqualTo(204);
		assertThat(task(rectification.instance()).getTaskDefinitionKey()).isEqualTo("Task_VerifyRectification");

		Http.Response inspector = upload("wangqiang", alarmId, Map.of("核查照片.jpg", TestPhotos.jpeg(92)));
		Http.Response firm = upload("ent0001", alarmId, Map.of("补充.jpg", TestPhotos.jpeg(93)));

		assertThat(inspector.status()).as(inspector.body()).isEqualTo(201);
		assertThat(firm.status()).isEqualTo(403);
		assertThat(Http.as(port, "ent0001").get("/api/alarms/" + alarmId + "/evidence").json().findValuesAsText("fileName"))
			.containsExactly("整改后.jpg");
		assertThat(Http.as(port, "chenjun").get("/api/alarms/" + alarmId + "/evidence").json().findValuesAsText("fileName"))
			.containsExactly("现场照片.jpg", "整改后.jpg", "核查照片.jpg");
	}

	@Test
	void aFirmReadsNoEvidenceOfAnAlarmWhoseLoopOrderedItNothing() {
		ProcessInstance loop = signedFor("ENT-0001");
		long alarmId = alarmOf(loop);
		assertThat(upload("wangqiang", alarmId, Map.of("现场照片.jpg", TestPhotos.jpeg(81))).status()).isEqualTo(201);

		assertThat(Http.as(port, "ent0001").get("/api/alarms/" + alarmId + "/evidence").status()).isEqualTo(403);
		assertThat(upload("ent0001", alarmId, Map.of("x.jpg", TestPhotos.jpeg(82))).status()).isEqualTo(403);
	}

	/**
	 * ENT-0001's alarm handled on site with a photo, 责令整改 in the feedback, approved: the firm's
	 * 报告整改进展 is open.
	 */
	private Rectification orderedRectification() {
		ProcessInstance loop = signedFor("ENT-0001");
		long alarmId = alarmOf(loop);
		assertThat(upload("wangqiang", alarmId, Map.of("现场照片.jpg", TestPhotos.jpeg(70))).status()).isEqualTo(201);
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "管道破损渗漏",
				"findings", "废水收集管道破损", "violationFound", false));
		submit("wangqiang", loop, """
				{"feedbackSummary": {"value": "已责令整改"}, "rectificationRequired": {"value": true, "type": "Boolean"},
				 "rectificationOrder": {"value": "更换破损的废水收集管道"}, "rectificationDeadline": {"value": "%s"}}"""
			.formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)));
		submit("chenjun", loop, "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}, \"reviewComment\": {\"value\": \"同意\"}}");
		String id = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(loop.getId()).variableName("rectificationProcessInstanceId").singleResult().getValue();
		ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
		assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_ReportRectification");
		return new Rectification(alarmId, instance);
	}

	private ProcessInstance signedFor(String enterpriseCode) {
		String id = alarms.raise(Alarms.moderateExceedanceAt(enterpriseCode)).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
		complete(task(loop));
		return loop;
	}

	private long alarmOf(ProcessInstance loop) {
		return ((Number) engine.getRuntimeService().getVariable(loop.getId(), "alarmId")).longValue();
	}

	private void submit(String user, ProcessInstance loop, String variables) {
		Http.Response answer = Http.as(port, user).post("/engine-rest/task/" + task(loop).getId() + "/submit-form",
				"{\"variables\": " + variables + "}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(204);
	}

	private Http.Response upload(String user, long alarmId, Map<String, byte[]> files) {
		Multipart body = Multipart.of(files);
		return Http.as(port, user).send(Http.as(port, user).request("/api/alarms/" + alarmId + "/evidence")
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
	}

	record Rectification(long alarmId, ProcessInstance instance) {
	}

}

package cn.eco.enforcement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence as a record of its own, over HTTP: the inspector working 现场处置 uploads photos and
 * videos, the squadron leader reviewing the loop and the case's officers see them (hash, size, type
 * by content, EXIF time and place), also after the loop has ended; the old engine-API way with a
 * File variable lands in the same list; a confirmed violation needs a photo or video among them.
 */
@IntegrationTest
class EvidenceTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void theInspectorUploadsSeveralPhotosAndAVideoAndTheSquadronLeaderSeesThemWithHashesAndExifPosition() throws Exception {
		OnSite onSite = handlingOnSite();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("排污口.jpg", TestPhotos.jpegWithExif(1, 32.0423, 112.1441, "2026:11:30 10:15:30"));
		for (int i = 2; i <= 9; i++) {
			files.put("现场照片" + i + ".jpg", TestPhotos.jpeg(i));
		}
		files.put("设施铭牌.png", TestPhotos.png(10));
		files.put("现场视频.mp4", TestPhotos.mp4());

		Http.Response uploaded = upload("wangqiang", onSite.alarmId(), files);

		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json()).hasSize(11);
		JsonNode list = Http.as(port, "chenjun").get("/api/alarms/" + onSite.alarmId() + "/evidence").json();
		assertThat(list.findValuesAsText("fileName")).containsExactlyElementsOf(files.keySet());
		List<String> hashes = new ArrayList<>();
		files.values().forEach(content -> hashes.add(sha256(content)));
		assertThat(list.findValuesAsText("sha256")).containsExactlyElementsOf(hashes);
		assertThat(list.findValuesAsText("contentType")).containsExactly("image/jpeg", "image/jpeg", "image/jpeg",
				"image/jpeg", "image/jpeg", "image/jpeg", "image/jpeg", "image/jpeg", "image/jpeg", "image/png", "video/mp4");
		assertThat(list.findValuesAsText("uploadedBy")).containsOnly("wangqiang");
		JsonNode first = list.get(0);
		assertThat(first.get("size").asLong()).isEqualTo(files.get("排污口.jpg").length);
		assertThat(first.get("latitude").asDouble()).isCloseTo(32.0423, within(0.0001));
		assertThat(first.get("longitude").asDouble()).isCloseTo(112.1441, within(0.0001));
		assertThat(OffsetDateTime.parse(first.get("capturedAt").asText()))
			.isAtSameInstantAs(OffsetDateTime.parse("2026-11-30T10:15:30+08:00"));
		assertThat(list.get(1).get("latitude").isNull()).isTrue();
		assertThat(list.get(1).get("capturedAt").isNull()).isTrue();
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefused() {
		OnSite onSite = handlingOnSite();

		Http.Response refused = upload("wangqiang", onSite.alarmId(),
				Map.of("x.jpg", "这不是照片，只是一段文字".getBytes(StandardCharsets.UTF_8)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("x.jpg", "不是照片");
		assertThat(Http.as(port, "wangqiang").get("/api/alarms/" + onSite.alarmId() + "/evidence").json()).isEmpty();
	}

	@Test
	void aChartIsItsOwnThumbnailButNoPhotoOfTheSceneAndAnSvgWithAScriptIsRefused() {
		OnSite onSite = handlingOnSite();
		String chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><polyline points=\"0,0 20,10\" "
				+ "stroke=\"#d62728\"/></svg>";

		Http.Response taken = upload("wangqiang", onSite.alarmId(), Map.of("用电曲线.svg", chart.getBytes(StandardCharsets.UTF_8)));
		Http.Response refused = upload("wangqiang", onSite.alarmId(), Map.of("曲线.svg",
				chart.replace("</svg>", "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8)));

		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		assertThat(taken.json().get(0).get("contentType").asText()).isEqualTo("image/svg+xml");
		Http.Response thumbnail = Http.as(port, "wangqiang")
			.get("/api/alarms/" + onSite.alarmId() + "/evidence/" + taken.json().get(0).get("id").asLong() + "?thumbnail=true");
		assertThat(thumbnail.status()).isEqualTo(200);
		assertThat(thumbnail.contentType()).startsWith("image/svg+xml");
		assertThat(thumbnail.body()).isEqualTo(chart);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("曲线.svg", "SVG");
		assertThat(completeOverRest("wangqiang", onSite, true, null).body()).as("a chart is no photo of the scene")
			.contains("须上传现场照片或视频证据");
	}

	@Test
	void aVideoLargerThanTheApiBodyLimitIsTakenAndAPhotoOverItsLimitRefused() {
		OnSite onSite = handlingOnSite();
		byte[] video = sized(TestPhotos.mp4(), 30 * 1024 * 1024);
		byte[] photo = sized(TestPhotos.jpeg(60), 21 * 1024 * 1024);

		Http.Response videoTaken = upload("wangqiang", onSite.alarmId(), Map.of("执法记录仪.mp4", video));
		Http.Response photoRefused = upload("wangqiang", onSite.alarmId(), Map.of("超大照片.jpg", photo));

		assertThat(videoTaken.status()).as(videoTaken.body()).isEqualTo(201);
		assertThat(videoTaken.json().get(0).get("size").asLong()).isEqualTo(video.length);
		assertThat(videoTaken.json().get(0).get("sha256").asText()).isEqualTo(sha256(video));
		assertThat(photoRefused.status()).isEqualTo(400);
		assertThat(photoRefused.body()).contains("超大照片.jpg", "超过 20 MB");
		assertThat(Http.as(port, "wangqiang").get("/api/alarms/" + onSite.alarmId() + "/evidence").json()
			.findValuesAsText("fileName")).containsExactly("执法记录仪.mp4");
	}

	@Test
	void aColleagueWhoDoesNotWorkTheTaskCanNeitherUploadNorRead() {
		OnSite onSite = handlingOnSite();
		assertThat(upload("wangqiang", onSite.alarmId(), Map.of("a.jpg", TestPhotos.jpeg(20))).status()).isEqualTo(201);

		Http.Response colleague = upload("liuyang", onSite.alarmId(), Map.of("b.jpg", TestPhotos.jpeg(21)));
		Http.Response otherSquadron = upload("zhaolei", onSite.alarmId(), Map.of("c.jpg", TestPhotos.jpeg(22)));
		Http.Response supervisor = upload("sunli", onSite.alarmId(), Map.of("d.jpg", TestPhotos.jpeg(23)));

		assertThat(colleague.status()).isEqualTo(403);
		assertThat(colleague.body()).contains("正在办理此告警当前任务");
		assertThat(otherSquadron.status()).isEqualTo(403);
		assertThat(supervisor.status()).isEqualTo(403);
		assertThat(Http.as(port, "liuyang").get("/api/alarms/" + onSite.alarmId() + "/evidence").status()).isEqualTo(403);
		assertThat(Http.as(port, "zhoumin").get("/api/alarms/" + onSite.alarmId() + "/evidence").json()).hasSize(1);
	}

	@Test
	void evidenceStaysReadableAfterTheLoopEndedAndDownloadsUnderItsChineseName() throws Exception {
		OnSite onSite = handlingOnSite();
		byte[] photo = TestPhotos.jpeg(30);
		String name = "现场照片 排污口（夜间）.jpg";
		long item = upload("wangqiang", onSite.alarmId(), Map.of(name, photo)).json().get(0).get("id").asLong();

		complete(task(onSite.loop()), withVariables("companionInspector", "liuyang", "inspectionRecord", "夜间偷排",
				"violationFound", true));
		complete(task(onSite.loop()), withVariables("feedbackSummary", "已责令停止排放"));
		complete(task(onSite.loop()), withVariables("approved", true));
		long caseId = fileTheCase(onSite.loop());

		HttpResponse<byte[]> download = Http.as(port, "chenjun").download(
				"/api/alarms/" + onSite.alarmId() + "/evidence/" + item);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(onSite.loop().getId()).count())
			.as("the loop has ended").isZero();
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(photo);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);

		JsonNode ofCase = Http.as(port, "sunli").get("/api/cases/" + caseId + "/evidence").json();
		assertThat(ofCase.findValuesAsText("fileName")).containsExactly(name);
		assertThat(Http.as(port, "liuyang").download("/api/cases/" + caseId + "/evidence/" + item).body()).isEqualTo(photo);
		assertThat(Http.as(port, "zhaolei").get("/api/cases/" + caseId + "/evidence").status()).isEqualTo(403);
	}

	@Test
	void aFileVariableCompletingOnSiteHandlingOverEngineRestBecomesEvidence() throws Exception {
		OnSite onSite = handlingOnSite();
		byte[] photo = TestPhotos.jpeg(40);

		Http.Response done = completeOverRest("wangqiang", onSite, true, fileVariable("执法记录.jpg", photo));

		assertThat(done.status()).as(done.body()).isEqualTo(204);
		assertThat(task(onSite.loop()).getTaskDefinitionKey()).isEqualTo("Task_SubmitFeedback");
		JsonNode list = Http.as(port, "chenjun").get("/api/alarms/" + onSite.alarmId() + "/evidence").json();
		assertThat(list.findValuesAsText("fileName")).containsExactly("执法记录.jpg");
		assertThat(list.get(0).get("sha256").asText()).isEqualTo(sha256(photo));
		assertThat(list.get(0).get("uploadedBy").asText()).isEqualTo("wangqiang");
		assertThat(engine.getRuntimeService().getVariable(onSite.loop().getId(), "evidence")).isNull();
		assertThat((String) engine.getRuntimeService().getVariable(onSite.loop().getId(), "handlingSummary"))
			.contains("现场证据：1 项", "执法记录.jpg");
		String url = "/api/alarms/" + onSite.alarmId() + "/evidence/" + list.get(0).get("id").asLong();
		assertThat(engine.getRuntimeService().getVariable(onSite.loop().getId(), "evidenceItems").toString())
			.contains("\"fileName\":\"执法记录.jpg\"", "\"url\":\"" + url + "\"", "\"thumbnailUrl\":\"" + url + "?thumbnail=true\"");
	}

	@Test
	void aViolationNeedsAPhotoOrVideoAmongTheEvidence() {
		OnSite onSite = handlingOnSite();
		assertThat(upload("wangqiang", onSite.alarmId(), Map.of("询问笔录.pdf",
				"%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII))).status()).isEqualTo(201);

		Http.Response withoutPhoto = completeOverRest("wangqiang", onSite, true, null);
		Http.Response textAsPhoto = completeOverRest("wangqiang", onSite, true,
				fileVariable("x.jpg", "不是照片".getBytes(StandardCharsets.UTF_8)));

		assertThat(withoutPhoto.status()).isEqualTo(400);
		assertThat(withoutPhoto.body()).contains("须上传现场照片或视频证据");
		assertThat(textAsPhoto.status()).isEqualTo(400);
		assertThat(textAsPhoto.body()).contains("不是照片");
		assertThat(task(onSite.loop()).getTaskDefinitionKey()).isEqualTo("Task_HandleOnSite");
		assertThat(Http.as(port, "wangqiang").get("/api/alarms/" + onSite.alarmId() + "/evidence").json()).hasSize(1);

		assertThat(upload("wangqiang", onSite.alarmId(), Map.of("视频.mov", TestPhotos.mp4())).status()).isEqualTo(201);
		assertThat(completeOverRest("wangqiang", onSite, true, null).status()).isEqualTo(204);
	}

	@Test
	void tasklistsSessionUploadsAndReadsEvidenceWithItsCsrfTokenOnly() {
		OnSite onSite = handlingOnSite();
		TasklistSession tasklist = TasklistSession.login(port, "wangqiang");
		String path = "/api/alarms/" + onSite.alarmId() + "/evidence";

		String session = tasklist.sessionId();

		Http.Response forged = tasklist.upload(path, Map.of("a.jpg", TestPhotos.jpeg(50)), false);
		Http.Response uploaded = tasklist.upload(path, Map.of("a.jpg", TestPhotos.jpeg(50)), true);

		assertThat(forged.status()).isEqualTo(401);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		JsonNode list = tasklist.get(path).json();
		assertThat(list.findValuesAsText("fileName")).containsExactly("a.jpg");
		assertThat(tasklist.get(path + "/" + list.get(0).get("id").asLong()).status()).isEqualTo(200);
		// The page's other requests (thumbnails loading side by side) still carry this session's id.
		assertThat(tasklist.sessionId()).isEqualTo(session);
	}

	/** An alarm at a new firm of wangqiang's, signed for: 现场处置 is assigned to him. */
	private OnSite handlingOnSite() {
		String firm = newFirm();
		var alarm = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceId(alarm.processInstanceId()).singleResult();
		complete(task(loop));
		assertThat(task(loop).getTaskDefinitionKey()).isEqualTo("Task_HandleOnSite");
		assertThat(task(loop).getAssignee()).isEqualTo("wangqiang");
		return new OnSite(alarm.id(), loop);
	}

	private long fileTheCase(ProcessInstance loop) {
		ProcessInstance caseFiling = engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey("case-filing").processInstanceBusinessKey(loop.getBusinessKey()).singleResult();
		engine.getIdentityService().setAuthentication("sunli", List.of("supervisors"));
		try {
			complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "符合立案条件", "procedure",
					"GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang"));
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
		return jdbc.sql("SELECT id FROM enforcement_case WHERE process_instance_id = ?").param(caseFiling.getId())
			.query(Long.class).single();
	}

	private Http.Response upload(String user, long alarmId, Map<String, byte[]> files) {
		Multipart body = Multipart.of(files);
		return Http.as(port, user).send(Http.as(port, user).request("/api/alarms/" + alarmId + "/evidence")
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
	}

	private Http.Response completeOverRest(String user, OnSite onSite, boolean violation, String evidence) {
		String taskId = task(onSite.loop()).getId();
		return Http.as(port, user).post("/engine-rest/task/" + taskId + "/complete", """
				{"variables": {"companionInspector": {"value": "liuyang"}, "inspectionRecord": {"value": "现场检查"},
				 "violationFound": {"value": %s, "type": "Boolean"}%s}}""".formatted(violation,
				evidence == null ? "" : ", \"evidence\": " + evidence));
	}

	private static String fileVariable(String name, byte[] content) {
		return """
				{"type": "File", "value": "%s", "valueInfo": {"filename": "%s", "mimetype": "image/jpeg"}}"""
			.formatted(Base64.getEncoder().encodeToString(content), name);
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-EV" + unique % 100_000;
		enterprises.save(Map.of(1, new EnterpriseData(code, "襄阳证据" + unique % 100_000 + "化工有限公司",
				"91420600" + String.format("%010d", unique), "湖北省襄阳市高新区团山镇测试路3号", 112.19, 32.04, "TS-GX-TUANSHAN",
				"化学原料制造", "ORDINARY", List.of("a34000"), "wangqiang", "liuyang", null)));
		return code;
	}

	/** The head followed by pseudo-random bytes up to the size: what a camera file of that size starts with. */
	private static byte[] sized(byte[] head, int size) {
		byte[] content = new byte[size];
		new java.util.Random(size).nextBytes(content);
		System.arraycopy(head, 0, content, 0, head.length);
		return content;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record OnSite(long alarmId, ProcessInstance loop) {
	}

}

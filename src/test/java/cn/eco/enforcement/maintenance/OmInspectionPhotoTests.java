package cn.eco.enforcement.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.evidence.Multipart;
import cn.eco.enforcement.evidence.TasklistSession;
import cn.eco.enforcement.maintenance.internal.OmInspections;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photos per checklist item of an O&M inspection (巡检照片): the inspector adds them while he works the
 * inspection, the bureau's staff over the firm read them, the firm only those of its findings; the
 * answer 现场照片 合格 needs at least one; and the findings carry their item's photos.
 */
@IntegrationTest
class OmInspectionPhotoTests {

	// XY-FG-0003-01: flue-gas CEMS of ENT-0003 (account ent0003), squadron XY-GX-SQ1 (chenjun, wangqiang),
	// under the contract of OM-QY (omzhang, omli).
	private static final String DEVICE = "XY-FG-0003-01";

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	OmInspections inspections;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInspectorAddsSeveralPhotosToAnItemAndTheStaffSeeThemGroupedByItem() {
		OmInspections.Started started = inspections.start(DEVICE).orElseThrow();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("伴热管线温控器.jpg", TestPhotos.jpegWithExif(7, 32.029, 112.208, "2026:12:01 09:30:00"));
		files.put("采样探头.png", TestPhotos.png(8));

		Http.Response added = upload("omzhang", started.inspectionId(), "probe", files);

		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().findValuesAsText("uploadedBy")).containsOnly("omzhang");
		assertThat(added.json().get(0).path("latitude").asDouble()).isEqualTo(32.029, org.assertj.core.data.Offset.offset(1e-4));
		assertThat(added.json().get(0).path("sha256").asText()).hasSize(64);
		JsonNode list = Http.as(port, "sunli").get(photos(started.inspectionId())).json();
		assertThat(list.findValuesAsText("item"))
			.containsExactly("probe", "calibration", "parameters", "operationLog", "dataFlags", "photos");
		assertThat(list.get(0).path("label").asText()).isEqualTo("采样探头及伴热管线");
		assertThat(list.get(0).path("photos").findValuesAsText("fileName")).containsExactly("伴热管线温控器.jpg", "采样探头.png");
		assertThat(list.get(1).path("photos")).isEmpty();
		long photoId = list.get(0).path("photos").get(0).path("id").asLong();
		HttpResponse<byte[]> file = Http.as(port, "wangqiang").download(photos(started.inspectionId()) + "/" + photoId);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(files.get("伴热管线温控器.jpg"));
		HttpResponse<byte[]> thumbnail = Http.as(port, "chenjun")
			.download(photos(started.inspectionId()) + "/" + photoId + "?thumbnail=true");
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE om_inspection_id = ? AND alarm_id IS NULL")
			.param(started.inspectionId()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void photosComeOnlyFromTheInspectorWhoWorksTheOpenInspectionAndOnlyAsPhotosVideosOrDocuments() {
		OmInspections.Started started = inspections.start(DEVICE).orElseThrow();
		long id = started.inspectionId();
		Map<String, byte[]> photo = Map.of("探头.jpg", TestPhotos.jpeg(21));
		Map<String, byte[]> goodAndBad = new LinkedHashMap<>();
		goodAndBad.put("好.jpg", TestPhotos.jpeg(22));
		goodAndBad.put("x.jpg", "这不是照片，只是一段文字".getBytes(StandardCharsets.UTF_8));

		Http.Response textAsPhoto = upload("omzhang", id, "probe", goodAndBad);
		assertThat(textAsPhoto.status()).isEqualTo(400);
		assertThat(textAsPhoto.json().path("errors").findValuesAsText("field")).containsExactly("file");
		assertThat(textAsPhoto.body()).contains("x.jpg", "不是照片");
		assertThat(upload("omzhang", id, "chimney", photo).json().path("errors").findValuesAsText("field"))
			.containsExactly("item");
		assertThat(upload("omzhang", 999_999, "probe", photo).status()).isEqualTo(404);
		assertThat(upload("wangqiang", id, "probe", photo).status()).as("staff take no inspection photos").isEqualTo(403);
		assertThat(upload("ent0003", id, "probe", photo).status()).isEqualTo(403);
		String taskId = engine.getTaskService().createTaskQuery().processInstanceId(started.processInstanceId())
			.singleResult().getId();
		engine.getTaskService().claim(taskId, "omli");
		assertThat(upload("omzhang", id, "probe", photo).status()).as("claimed by his colleague").isEqualTo(403);
		assertThat(upload("omli", id, "probe", photo).status()).isEqualTo(201);
		engine.getTaskService().complete(taskId, passingChecklist());
		assertThat(upload("omli", id, "probe", photo).status()).as("the inspection is done").isEqualTo(403);
		assertThat(Http.as(port, "sunli").get(photos(id)).json().get(0).path("photos").findValuesAsText("fileName"))
			.as("nothing of a refused request was kept").containsExactly("探头.jpg");
	}

	@Test
	void theStaffOverTheFirmAndTheCompanyReadTheFirmOnlyItsFindingsAndNoOneElse() {
		OmInspections.Started started = inspections.start(DEVICE).orElseThrow();
		long id = started.inspectionId();
		long probe = upload("omzhang", id, "probe", Map.of("探头.jpg", TestPhotos.jpeg(31))).json().get(0).path("id").asLong();
		long calibration = upload("omzhang", id, "calibration", Map.of("校准记录.jpg", TestPhotos.jpeg(32))).json().get(0)
			.path("id").asLong();

		for (String reader : List.of("sunli", "zhoumin", "demo", "chenjun", "wangqiang", "omli")) {
			assertThat(Http.as(port, reader).get(photos(id)).status()).as(reader).isEqualTo(200);
		}
		for (String outsider : List.of("zhangwei", "lijianguo", "ent0001", "monitor")) {
			assertThat(Http.as(port, outsider).get(photos(id)).status()).as(outsider).isEqualTo(403);
			assertThat(Http.as(port, outsider).get(photos(id) + "/" + probe).status()).as(outsider).isEqualTo(403);
		}
		assertThat(Http.as(port, "ent0003").get(photos(id)).json()).as("no finding yet").isEmpty();
		assertThat(Http.as(port, "sunli").get("/api/om-inspection/inspections/999999/photos").status()).isEqualTo(404);

		Map<String, Object> answers = passingChecklist();
		answers.putAll(Map.of("probeResult", "FAIL", "probeClass", "EQUIPMENT_FAULT", "probeNote", "伴热管线温度仅 60 ℃"));
		engine.getTaskService().complete(task(started), answers);

		JsonNode ofFirm = Http.as(port, "ent0003").get(photos(id)).json();
		assertThat(ofFirm.findValuesAsText("item")).as("the firm sees the item of its finding").containsExactly("probe");
		assertThat(Http.as(port, "ent0003").get(photos(id) + "/" + probe).status()).isEqualTo(200);
		assertThat(Http.as(port, "ent0003").get(photos(id) + "/" + calibration).status()).isEqualTo(404);
	}

	@Test
	void sitePhotosPassedWithoutAnyPhotoIsRefusedWithAClearReasonAndFailedIsAFinding() {
		OmInspections.Started started = inspections.start(DEVICE).orElseThrow();
		String taskId = task(started);
		String passing = String.join(", ", passingChecklist().keySet().stream()
			.map(k -> "\"" + k + "\": {\"value\": \"PASS\"}").toList());

		Http.Response refused = Http.as(port, "omzhang").post("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": {" + passing + "}}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains("“现场照片”判为合格", "尚未上传任何照片");
		assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();

		TasklistSession tasklist = TasklistSession.login(port, "omzhang");
		assertThat(tasklist.upload("/api/om-inspection/inspections/" + started.inspectionId() + "/items/photos/photos",
				Map.of("站房.jpg", TestPhotos.jpeg(41)), true).status()).as("from Tasklist, with its CSRF token").isEqualTo(201);
		assertThat(tasklist.upload("/api/om-inspection/inspections/" + started.inspectionId() + "/items/photos/photos",
				Map.of("站房.jpg", TestPhotos.jpeg(42)), false).status()).as("without the token: no session login").isEqualTo(401);
		assertThat(Http.as(port, "omzhang").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": {" + passing + "}}")
			.status()).isEqualTo(204);

		OmInspections.Started withoutPhotos = inspections.start("XY-WW-0006-01").orElseThrow();
		Map<String, Object> failed = passingChecklist();
		failed.putAll(Map.of("photosResult", "FAIL", "photosClass", "IRREGULAR_OPERATION", "photosNote", "站房无法拍照"));
		engine.getTaskService().complete(task(withoutPhotos), failed);
		assertThat(jdbc.sql("SELECT item FROM om_finding WHERE inspection_id = ?").param(withoutPhotos.inspectionId())
			.query(String.class).list()).containsExactly("现场照片");
	}

	@Test
	void aFindingCarriesItsItemsPhotosIntoItsFormsAndTheEnterpriseFile() throws Exception {
		OmInspections.Started started = inspections.start(DEVICE).orElseThrow();
		upload("omzhang", started.inspectionId(), "calibration",
				Map.of("校准记录一.jpg", TestPhotos.jpeg(51), "校准记录二.jpg", TestPhotos.jpeg(52)));
		Map<String, Object> answers = passingChecklist();
		answers.putAll(Map.of("calibrationResult", "FAIL", "calibrationClass", "IRREGULAR_OPERATION", "calibrationNote",
				"<b>校准记录</b>缺两个月"));
		engine.getTaskService().complete(task(started), answers);

		String finding = jdbc.sql("SELECT process_instance_id FROM om_finding WHERE inspection_id = ?")
			.param(started.inspectionId()).query(String.class).single();
		String rectify = engine.getTaskService().createTaskQuery().processInstanceId(finding)
			.taskDefinitionKey("Task_RectifyOmFinding").singleResult().getId();
		JsonNode shown = Http.as(port, "ent0003").get("/engine-rest/task/" + rectify + "/variables/itemPhotos?deserializeValue=false").json();
		JsonNode items = shown.path("value").isTextual() ? JSON.readTree(shown.path("value").asText()) : shown.path("value");
		assertThat(items.findValuesAsText("url")).as(shown.toString()).hasSize(2)
			.allMatch(url -> url.startsWith("/api/om-inspection/inspections/" + started.inspectionId() + "/photos/"));
		assertThat(Http.as(port, "ent0003").get(items.get(0).path("thumbnailUrl").asText()).status())
			.as("the firm opens the photos its form shows").isEqualTo(200);

		JsonNode file = Http.as(port, "wangqiang").get("/api/enterprises/ENT-0003/file").json();
		JsonNode inFile = file.path("omInspection").path("findings").findParents("inspectionId").stream()
			.filter(f -> f.path("inspectionId").asLong() == started.inspectionId()).findFirst().orElseThrow();
		assertThat(inFile.path("photoUrls")).hasSize(2);
		Http.Response page = Http.as(port, "wangqiang").send(Http.as(port, "wangqiang")
			.request("/api/enterprises/ENT-0003/file").header("Accept", "text/html").GET());
		assertThat(page.body()).contains("巡检照片", "2 张：<a href=\"" + inFile.path("photoUrls").get(0).asText() + "\"")
			.doesNotContain("<b>校准记录</b>");
	}

	@Test
	void severalLargePhotosAtOnceAreAnUploadNotAnOrdinaryRequestBody() {
		OmInspections.Started started = inspections.start(DEVICE).orElseThrow();
		// Two 12 MB photos: each under the photo limit (20 MB), together over the ordinary request limit (20 MB).
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("全景一.jpg", large(TestPhotos.jpeg(61)));
		files.put("全景二.jpg", large(TestPhotos.jpeg(62)));

		Http.Response added = upload("omzhang", started.inspectionId(), "photos", files);

		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().findValuesAsText("size")).containsOnly(String.valueOf(12 * 1024 * 1024));
	}

	/** The photo followed by padding up to 12 MB (a JPEG decoder stops at its end marker). */
	private static byte[] large(byte[] photo) {
		return java.util.Arrays.copyOf(photo, 12 * 1024 * 1024);
	}

	private Http.Response upload(String user, long inspectionId, String item, Map<String, byte[]> files) {
		Multipart body = Multipart.of(files);
		Http http = Http.as(port, user);
		return http.send(http.request("/api/om-inspection/inspections/" + inspectionId + "/items/" + item + "/photos")
			.header("Content-Type", body.contentType())
			.POST(BodyPublishers.ofByteArray(body.bytes())));
	}

	private static String photos(long inspectionId) {
		return "/api/om-inspection/inspections/" + inspectionId + "/photos";
	}

	private String task(OmInspections.Started started) {
		return engine.getTaskService().createTaskQuery().processInstanceId(started.processInstanceId()).singleResult()
			.getId();
	}

	private static Map<String, Object> passingChecklist() {
		Map<String, Object> answers = new HashMap<>();
		List.of("probe", "calibration", "parameters", "operationLog", "dataFlags", "photos")
			.forEach(item -> answers.put(item + "Result", "PASS"));
		return answers;
	}

}

package cn.eco.enforcement.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.casework.internal.LoopPlanRecords;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.notification.internal.OutboxDispatcher;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.Http.Response;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestMailServer;
import cn.eco.enforcement.support.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Place-based alarms (issue 17 item 3) over HTTP, on the real engine, rules and PostgreSQL with the
 * demo township boundaries: a fire point posted with only coordinates reaches the squadron of the
 * township it lies in, with nearby firms and the burning-season deadline; bad places are 400s naming
 * the field; complainants' contacts stay with the handling squadron and hear the outcome by e-mail.
 */
@IntegrationTest
class PlaceAlarmTests {

	/** In 卧龙镇 (TS-XC-WOLONG, 襄城执法一中队), about 0.6 km from ENT-0006 and 1.2 km from ENT-0016. */
	static final double WOLONG_LATITUDE = 31.992;

	static final double WOLONG_LONGITUDE = 112.010;

	/** In 保康县, where the grid has no township. */
	static final double BAOKANG_LATITUDE = 31.87;

	static final double BAOKANG_LONGITUDE = 111.26;

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LoopPlanRecords loopPlans;

	@Autowired
	AlarmApi alarms;

	@Autowired
	GridApi grid;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxDispatcher dispatcher;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void strawBurningPostedWithOnlyCoordinatesReachesTheSquadronOfItsTownshipWithTheBurningSeasonDeadline() {
		OffsetDateTime inSeason = lastOccurrenceOf(MonthDay.of(10, 15));

		Response answer = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "STRAW_BURNING", "observedAt": "%s",
				 "latitude": %s, "longitude": %s}""".formatted(Alarms.uniqueId(), inSeason, WOLONG_LATITUDE, WOLONG_LONGITUDE));

		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		JsonNode alarm = answer.json();
		assertThat(alarm.get("townshipCode").asText()).isEqualTo("TS-XC-WOLONG");
		assertThat(alarm.get("squadronCode").asText()).isEqualTo("XY-XC-SQ1");
		assertThat(alarm.get("supervisionMode").asText()).isEqualTo("ON_SITE");
		assertThat(alarm.get("assignee").isNull()).as("offered to the squadron").isTrue();
		assertThat(alarm.get("suspectedSources").findValuesAsText("enterpriseCode")).containsExactly("ENT-0006");
		assertThat(alarm.get("suspectedSources").get(0).get("distanceMeters").asInt()).isBetween(500, 800);
		ProcessInstance loop = loopOf(alarm);
		assertThat(candidateGroups(loop)).containsExactly("squadron-XY-XC-SQ1");
		assertThat(task(loop).getAssignee()).isNull();
		assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("zhaolei").processInstanceId(loop.getId()).count())
			.as("in zhaolei's Tasklist").isOne();
		assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("wangqiang").processInstanceId(loop.getId()).count())
			.as("not in another squadron's").isZero();
		Duration handling = dueIn(loop, "handlingDueDate");
		assertThat(handling).isBetween(Duration.ofMinutes(110), Duration.ofMinutes(121));
		assertThat(dueIn(loop, "signForDueDate")).isBetween(Duration.ofMinutes(25), Duration.ofMinutes(31));
		assertThat((String) engine.getRuntimeService().getVariable(loop.getId(), "supervisionSummary")).contains("秸秆禁烧期");
		assertThat((String) engine.getRuntimeService().getVariable(loop.getId(), "alarmSummary")).contains("地点：", "TS-XC-WOLONG",
				"周边企业", "ENT-0006");
	}

	@Test
	void strawBurningOutOfTheBurningSeasonGetsTheOrdinaryDeadlines() {
		OffsetDateTime outOfSeason = lastOccurrenceOf(MonthDay.of(3, 10));

		JsonNode alarm = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "STRAW_BURNING", "observedAt": "%s", "latitude": %s, "longitude": %s}"""
			.formatted(Alarms.uniqueId(), outOfSeason, WOLONG_LATITUDE, WOLONG_LONGITUDE)).json();

		assertThat(dueIn(loopOf(alarm), "handlingDueDate")).isGreaterThan(Duration.ofDays(2));
	}

	@Test
	void everyDemoFirmAndStationLiesInItsOwnTownshipByPointInPolygon() {
		// the demo firms (ENT-0…); other tests register firms of their own wherever they like
		var places = jdbc.sql("""
				SELECT code, latitude, longitude, township_code FROM enterprise WHERE code LIKE 'ENT-0%'
				UNION ALL SELECT code, latitude, longitude, township_code FROM monitoring_station""")
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4) })
			.list();
		places.forEach(place -> assertThat(grid.townshipAt((double) place[1], (double) place[2]).map(t -> t.code()))
			.as((String) place[0])
			.contains((String) place[3]));
		assertThat(grid.townshipAt(BAOKANG_LATITUDE, BAOKANG_LONGITUDE)).as("保康县 has no township in the grid").isEmpty();
		var demoTownships = places.stream().map(place -> (String) place[3]).collect(java.util.stream.Collectors.toSet());
		assertThat(grid.townships()).filteredOn(t -> demoTownships.contains(t.code()))
			.hasSize(demoTownships.size())
			.allMatch(t -> t.hasBoundary());
	}

	@Test
	void anAdministratorsImportReplacesABoundaryAndPlacesFollowIt() throws Exception {
		String demo = new String(getClass().getResourceAsStream("/grid/demo-township-boundaries.geojson").readAllBytes(),
				StandardCharsets.UTF_8);
		try {
			Response imported = admin().post("/api/grid/townships/boundaries", """
					{"type": "FeatureCollection", "name": "测试边界", "features": [{"type": "Feature",
					 "properties": {"code": "TS-GC-SHENGKANG"}, "geometry": {"type": "Polygon",
					 "coordinates": [[[111.25, 31.85], [111.28, 31.85], [111.28, 31.89], [111.25, 31.89], [111.25, 31.85]]]}}]}""");

			assertThat(imported.status()).as(imported.body()).isEqualTo(200);
			assertThat(imported.json().get("townshipCodes").get(0).asText()).isEqualTo("TS-GC-SHENGKANG");
			assertThat(grid.townshipAt(BAOKANG_LATITUDE, BAOKANG_LONGITUDE).map(t -> t.squadronCode())).contains("XY-GC-SQ2");
			assertThat(grid.townshipAt(32.1750, 111.5460)).as("ENT-0035's old place is no longer 盛康镇").isEmpty();
		}
		finally {
			assertThat(admin().post("/api/grid/townships/boundaries", demo).json().get("imported").asInt()).isEqualTo(21);
		}
		assertThat(grid.townshipAt(32.1750, 111.5460).map(t -> t.code())).contains("TS-GC-SHENGKANG");
	}

	@Test
	void badBoundaryFilesAreRefusedNamingTheFeatureAndOnlyAdministratorsImport() {
		Response refused = admin().post("/api/grid/townships/boundaries", """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"code": "TS-NOWHERE"}, "geometry": {"type": "Point", "coordinates": [112, 32]}},
				 {"type": "Feature", "properties": {"code": "TS-XC-WOLONG"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[112.0, 32.0], [112.1, 32.1], [112.1, 32.0], [112.0, 32.1], [112.0, 32.0]]]}},
				 {"type": "Feature", "properties": {"code": "TS-XC-YINJI"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[112.0, 32.0], [112.1, 32.0], [112.1, 32.1]]]}}]}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
				"features[0].properties.code", "features[1].geometry", "features[2].geometry");
		assertThat(refused.body()).contains("乡镇不存在：TS-NOWHERE", "多边形无效", "至少须有 4 个坐标点");
		assertThat(grid.townshipAt(WOLONG_LATITUDE, WOLONG_LONGITUDE).map(t -> t.code())).as("nothing stored")
			.contains("TS-XC-WOLONG");
		assertThat(Http.as(port, "sunli").post("/api/grid/townships/boundaries", "{}").status()).isEqualTo(403);
		assertThat(Http.as(port, "chenjun").post("/api/grid/townships/boundaries", "{}").status()).isEqualTo(403);
		assertThat(Http.as(port, "wangqiang").get("/api/grid/townships").json().findValuesAsText("code"))
			.contains("TS-XC-WOLONG");
	}

	@Test
	void invalidAndOutOfAreaPlacesAreRefusedNamingTheField() {
		String now = OffsetDateTime.now().minusMinutes(5).toString();

		assertThat(fields(monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "STRAW_BURNING", "observedAt": "%s", "latitude": 95, "longitude": 112.01}"""
			.formatted(Alarms.uniqueId(), now)))).containsExactly("latitude");
		assertThat(fields(monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "VIDEO_PATROL", "observedAt": "%s", "latitude": 31.99}"""
			.formatted(Alarms.uniqueId(), now)))).containsExactly("longitude");
		assertThat(fields(monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "RIVER_PATROL", "observedAt": "%s", "enterpriseCode": "ENT-0006"}"""
			.formatted(Alarms.uniqueId(), now)))).containsExactly("latitude", "longitude");
		assertThat(fields(monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "STRAW_BURNING", "observedAt": "%s", "latitude": "north", "longitude": 112}"""
			.formatted(Alarms.uniqueId(), now)))).containsExactly("latitude");

		String outside = Alarms.uniqueId();
		Response answer = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "STRAW_BURNING", "observedAt": "%s", "latitude": %s, "longitude": %s}"""
			.formatted(outside, now, BAOKANG_LATITUDE, BAOKANG_LONGITUDE));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(fields(answer)).containsExactly("latitude", "longitude");
		assertThat(answer.body()).contains("不在本市任何乡镇（街道）网格内");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM alarm WHERE external_id = ?").param(outside).query(Long.class).single())
			.isZero();
	}

	@Test
	void photosAndAVideoPostedWithTheAlarmAreItsEvidenceAndABadFileStoresNothing() {
		String externalId = Alarms.uniqueId();
		Response answer = monitor().send(multipart(alarmJson(externalId, "VIDEO_PATROL"),
				Map.of("河道排污口.jpg", TestPhotos.jpeg(1701), "巡查截图.png", TestPhotos.png(1702))));

		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		long id = answer.json().get("id").asLong();
		JsonNode evidence = Http.as(port, "hemin").get("/api/alarms/" + id + "/evidence").json();
		assertThat(evidence.findValuesAsText("fileName")).containsExactlyInAnyOrder("河道排污口.jpg", "巡查截图.png");
		assertThat(evidence.findValuesAsText("uploadedBy")).containsOnly("monitor");

		String refusedId = Alarms.uniqueId();
		Response refused = monitor().send(multipart(alarmJson(refusedId, "VIDEO_PATROL"),
				Map.of("现场.jpg", "this is text, not a photo".getBytes(StandardCharsets.UTF_8))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("file");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM alarm WHERE external_id = ?").param(refusedId).query(Long.class).single())
			.as("no alarm without its evidence").isZero();
	}

	@Test
	void aComplainantsContactIsReadOnlyByTheHandlingSquadron() {
		Response answer = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "COMPLAINT", "observedAt": "%s", "latitude": %s, "longitude": %s,
				 "address": "卧龙镇七里村路口", "description": "晚上有人焚烧垃圾，烟很大",
				 "complainant": {"name": "李桂芳", "phone": "13986012345", "email": "ligf@example.cn"}}"""
			.formatted(Alarms.uniqueId(), OffsetDateTime.now().minusMinutes(5), WOLONG_LATITUDE, WOLONG_LONGITUDE));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.body()).doesNotContain("13986012345", "李桂芳", "ligf@example.cn");
		long id = answer.json().get("id").asLong();

		for (String handler : List.of("zhaolei", "hemin")) {
			assertThat(Http.as(port, handler).get("/api/alarms/" + id).body()).as(handler)
				.contains("13986012345", "李桂芳", "ligf@example.cn");
		}
		assertThat(Http.as(port, "wangqiang").get("/api/alarms/" + id).status()).isEqualTo(404);
		for (String cityWide : List.of("sunli", "zhoumin", "demo")) {
			Response read = Http.as(port, cityWide).get("/api/alarms/" + id);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body()).as(cityWide).doesNotContain("13986012345", "李桂芳", "ligf@example.cn");
			assertThat(read.json().get("complainant").get("anonymous").asBoolean()).isFalse();
		}
		assertThat(Http.as(port, "zhaolei").get("/api/alarms?limit=1000").body()).as("lists never carry it")
			.doesNotContain("13986012345");
	}

	@Test
	void complaintsMayBeAnonymousButThenKeepNoNameOrPhone() {
		String now = OffsetDateTime.now().minusMinutes(5).toString();
		Response named = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "COMPLAINT", "observedAt": "%s", "enterpriseCode": "ENT-0006",
				 "description": "粉尘", "complainant": {"anonymous": true, "name": "王五"}}""".formatted(Alarms.uniqueId(), now));
		assertThat(fields(named)).containsExactly("complainant.name");
		assertThat(fields(monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "COMPLAINT", "observedAt": "%s", "enterpriseCode": "ENT-0006",
				 "description": "粉尘", "complainant": {"name": "王五", "email": "not-an-address"}}""".formatted(Alarms.uniqueId(), now))))
			.containsExactly("complainant.email");
		assertThat(fields(monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "MANUAL", "observedAt": "%s", "enterpriseCode": "ENT-0006",
				 "description": "粉尘", "complainant": {"anonymous": true}}""".formatted(Alarms.uniqueId(), now))))
			.containsExactly("complainant");

		Response anonymous = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "COMPLAINT", "observedAt": "%s", "enterpriseCode": "ENT-0006",
				 "description": "夜间粉尘", "complainant": {"anonymous": true}}""".formatted(Alarms.uniqueId(), now));
		assertThat(anonymous.status()).isEqualTo(201);
		JsonNode read = Http.as(port, "zhaolei").get("/api/alarms/" + anonymous.json().get("id").asLong()).json();
		assertThat(read.get("complainant").get("anonymous").asBoolean()).isTrue();
		assertThat(read.get("complainant").get("name").isNull()).isTrue();
	}

	@Test
	void theComplainantIsToldTheOutcomeByMailOnceWhenTheLoopCloses() throws Exception {
		TestMailServer.get().purgeEmailFromAllMailboxes();
		String externalId = Alarms.uniqueId();
		JsonNode alarm = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "COMPLAINT", "observedAt": "%s", "latitude": %s, "longitude": %s,
				 "description": "河边有人焚烧秸秆", "complainant": {"anonymous": true, "email": "jubao@example.cn"}}"""
			.formatted(externalId, OffsetDateTime.now().minusMinutes(5), WOLONG_LATITUDE, WOLONG_LONGITUDE)).json();
		ProcessInstance loop = loopOf(alarm);

		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "到场时已熄灭，未见焚烧痕迹", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "现场无焚烧"));
		sendEverythingDue();
		assertThat(mailsTo("jubao@example.cn")).as("not before the loop closes").isEmpty();
		complete(task(loop), withVariables("approved", true, "reviewComment", "同意"));
		sendEverythingDue();

		assertThat(alarms.find(alarm.get("id").asLong()).orElseThrow().status()).isEqualTo(AlarmStatus.CLOSED);
		List<MimeMessage> mails = mailsTo("jubao@example.cn");
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).contains(externalId, "已办理完毕");
		assertThat(mails.get(0).getContent().toString()).contains("未发现环境违法行为").doesNotContain("zhaolei", "赵磊");
		alarms.recordProgress(alarm.get("id").asLong(), AlarmStatus.CLOSED, null, "再次记录");
		sendEverythingDue();
		assertThat(mailsTo("jubao@example.cn")).as("told once").hasSize(1);
	}

	private Http monitor() {
		return Http.as(port, "monitor");
	}

	private Http admin() {
		return Http.as(port, "demo");
	}

	private static List<String> fields(Response answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		return answer.json().get("errors").findValuesAsText("field");
	}

	private String alarmJson(String externalId, String sourceType) {
		return """
				{"externalId": "%s", "sourceType": "%s", "observedAt": "%s", "latitude": %s, "longitude": %s,
				 "address": "卧龙镇汉江边"}""".formatted(externalId, sourceType, OffsetDateTime.now().minusMinutes(5),
				WOLONG_LATITUDE, WOLONG_LONGITUDE);
	}

	private HttpRequest.Builder multipart(String alarm, Map<String, byte[]> files) {
		String boundary = "place-alarm-boundary-b7Qx";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alarm\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + alarm + "\r\n").getBytes(StandardCharsets.UTF_8));
		new LinkedHashMap<>(files).forEach((name, content) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return monitor().request("/api/alarms")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private ProcessInstance loopOf(JsonNode alarm) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(alarm.get("processInstanceId").asText())
			.singleResult();
	}

	private List<String> candidateGroups(ProcessInstance loop) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task(loop).getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private Duration dueIn(ProcessInstance loop, String variable) {
		// The due dates are the loop's plan (loop_plan), no longer process variables.
		PlannedLoop plan = loopPlans.ofProcessInstance(loop.getId()).orElseThrow();
		Date due = "signForDueDate".equals(variable) ? plan.signForDueDate() : plan.handlingDueDate();
		return Duration.between(OffsetDateTime.now().toInstant(), due.toInstant());
	}

	/** The latest past noon (China time) of that day of the year. */
	private static OffsetDateTime lastOccurrenceOf(MonthDay day) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		OffsetDateTime candidate = day.atYear(now.getYear()).atTime(12, 0).atOffset(ZoneOffset.ofHours(8));
		return candidate.isAfter(now) ? candidate.minusYears(1) : candidate;
	}

	private void sendEverythingDue() {
		while (dispatcher.sendDue() > 0) {
			// next batch
		}
	}

	private static List<MimeMessage> mailsTo(String recipient) {
		return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

}

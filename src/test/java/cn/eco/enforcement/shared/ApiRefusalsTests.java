package cn.eco.enforcement.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.Http.Response;
import cn.eco.enforcement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input the checks of an endpoint did not foresee still gets a clear refusal — 400 (or 404, 405,
 * 413, 415) with Chinese problem details — never a 500, and nothing is stored: text longer than its
 * column, a NUL character, dates beyond what the database or a calendar holds, a missing parameter,
 * the wrong content type or method, an unknown address, a body too large.
 */
@IntegrationTest
class ApiRefusalsTests {

	@LocalServerPort
	int port;

	@Test
	void textLongerThanItsColumnIsRefusedAndNothingIsStored() {
		Http steward = Http.as(port, "wangqiang");
		int before = steward.get("/api/enterprises/ENT-0001/file").json().get("openRectifications").size();

		Response longProvider = steward.post("/api/enterprises/ENT-0001/steward-reports", """
				{"provider": "%s", "reportDate": "2026-11-01", "findings": ["危废贮存间无标识"]}"""
			.formatted("机".repeat(201)));
		Response longFinding = steward.post("/api/enterprises/ENT-0001/steward-reports", """
				{"provider": "襄阳环保管家", "reportDate": "2026-11-01", "findings": ["%s"]}"""
			.formatted("险".repeat(100_000)));

		assertRefused(longProvider, 400, "文本过长，超出允许的长度");
		assertRefused(longFinding, 400, "文本过长，超出允许的长度");
		assertThat(steward.get("/api/enterprises/ENT-0001/file").json().get("openRectifications")).hasSize(before);
	}

	@Test
	void aNulCharacterIsRefused() {
		Response answer = supervisor().get("/api/alarms?enterpriseCode=ENT%000001");

		assertRefused(answer, 400, ForbiddenCharacters.MESSAGE);
		assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("enterpriseCode");
	}

	@Test
	void controlCharactersAndBidiOverridesInAnyTextFieldAreRefusedNamingTheField() {
		for (String bad : List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u202e", "\\u2066",
				"\\u2069")) {
			Response alarm = monitor().post("/api/alarms", """
					{"externalId": "%s", "sourceType": "COMPLAINT", "enterpriseCode": "ENT-0001",
					 "observedAt": "2026-11-01T08:00:00+08:00", "description": "夜间异味%s投诉"}"""
				.formatted(cn.eco.enforcement.support.Alarms.uniqueId(), bad));
			Response finding = inspector().post("/api/enterprises/ENT-0001/steward-reports", """
					{"provider": "襄阳环保管家", "reportDate": "2026-11-01", "findings": ["危废贮存间无标识", "台账%s缺失"]}"""
				.formatted(bad));

			assertRefusedField(alarm, "description");
			assertRefusedField(finding, "findings[1]");
		}
		assertRefusedField(supervisor().get("/api/alarms?enterpriseCode=ENT%E2%80%AE0001"), "enterpriseCode");
		assertRefusedField(supervisor().get("/api/alarms?enterpriseCode=ENT%1B0001"), "enterpriseCode");
	}

	@Test
	void lineBreaksAndTabsStayAllowedInText() {
		Response alarm = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "COMPLAINT", "enterpriseCode": "ENT-0001",
				 "observedAt": "2026-11-01T08:00:00+08:00", "description": "夜间异味\\r\\n\\t持续两小时"}"""
			.formatted(cn.eco.enforcement.support.Alarms.uniqueId()));

		assertThat(alarm.status()).as(alarm.body()).isEqualTo(201);
		assertThat(alarm.json().get("description").asText()).isEqualTo("夜间异味\r\n\t持续两小时");
	}

	@Test
	void controlCharactersInCsvCellsAreRefusedNamingRowAndColumn() {
		String csv = "code,name,creditCode,address,longitude,latitude,townshipCode,industry,category,"
				+ "characteristicPollutants,responsibleInspector,deputyInspector,permitNumber\n"
				+ "ENT-CTRL,襄阳\u202e司公限有,91420600MA4CTRL001,,,,TS-GX-TUANSHAN,,ORDINARY,,,,\n";

		Response answer = csv(supervisor(), "/api/enterprises/import", csv);

		assertRefusedField(answer, "rows[1].name");
		assertThat(supervisor().get("/api/enterprises").body()).doesNotContain("ENT-CTRL");
		assertRefusedField(csv(supervisor(), "/api/enterprises/positive-list/import?year=2026", "ENT-0001\nENT\u00000002\n"),
				"rows[2].code");
	}

	@Test
	void aKeyGivenTwiceIsRefusedNamingTheKey() {
		assertDuplicate(monitor().post("/api/alarms", """
				{"externalId": "A-1", "externalId": "A-2", "sourceType": "COMPLAINT", "enterpriseCode": "ENT-0001",
				 "observedAt": "2026-11-01T08:00:00+08:00"}"""), "externalId");
		assertDuplicate(inspector().post("/api/enterprises/ENT-0001/steward-reports", """
				{"provider": "甲", "provider": "乙", "reportDate": "2026-11-01", "findings": ["危废贮存间无标识"]}"""),
				"provider");
		assertDuplicate(supervisor().post("/api/enterprises", """
				{"code": "ENT-DUP", "name": "襄阳重复键有限公司", "name": "另一个名字"}"""), "name");
		assertDuplicate(supervisor().post("/api/monitoring/devices", """
				{"mn": "DUP", "kind": "WASTEWATER", "kind": "FLUE_GAS"}"""), "kind");
		assertDuplicate(monitor().post("/api/monitoring/readings", """
				{"mn": "X", "readings": [{"factorCode": "w01018", "factorCode": "w21003"}]}"""), "readings[0].factorCode");
		assertDuplicate(supervisor().post("/api/random-inspections/draws", """
				{"month": "2020-01", "month": "2020-02"}"""), "month");
	}

	@Test
	void aStewardReportWithMoreFindingsThanTheCapIsRefusedNamingTheLimit() {
		int before = inspector().get("/api/enterprises/ENT-0001/file").json().get("openRectifications").size();
		String findings = String.join(",", java.util.Collections.nCopies(101, "\"危废贮存间无标识\""));

		Response answer = inspector().post("/api/enterprises/ENT-0001/steward-reports", """
				{"provider": "襄阳环保管家", "reportDate": "2026-11-01", "findings": [%s]}""".formatted(findings));

		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("findings");
		assertThat(answer.json().get("errors").get(0).get("message").asText()).contains("最多 100 条");
		assertThat(inspector().get("/api/enterprises/ENT-0001/file").json().get("openRectifications")).hasSize(before);
	}

	@Test
	void aCsvImportWithMoreRowsThanTheCapIsRefusedNamingTheLimit() {
		StringBuilder registry = new StringBuilder("code,name,creditCode,address,longitude,latitude,townshipCode,industry,"
				+ "category,characteristicPollutants,responsibleInspector,deputyInspector,permitNumber\n");
		StringBuilder positiveList = new StringBuilder("code\n");
		for (int i = 0; i < 5001; i++) {
			registry.append("ENT-CAP-").append(i).append(",襄阳某公司,,,,,TS-GX-TUANSHAN,,ORDINARY,,,,\n");
			positiveList.append("ENT-CAP-").append(i).append('\n');
		}

		for (Response answer : List.of(csv(supervisor(), "/api/enterprises/import", registry.toString()),
				csv(supervisor(), "/api/enterprises/positive-list/import?year=2026", positiveList.toString()))) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("rows");
			assertThat(answer.json().get("errors").get(0).get("message").asText()).contains("最多导入 5000 行");
		}
	}

	@Test
	void datesAndDurationsBeyondTheCalendarAreRefused() {
		assertRefused(supervisor().get("/api/cases/deadlines?within=P999999999D"), 400, "日期时间超出允许的范围");
		assertRefused(supervisor().get("/api/cases/deadlines?within=PT99999999999999H"), 400, "日期时间超出允许的范围");
	}

	@Test
	void aMissingParameterIsNamedInChinese() {
		Response answer = supervisor().get("/api/monitoring/devices/XY-WW-0001-01/readings");

		assertRefused(answer, 400, "缺少必填参数");
		assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
	}

	@Test
	void theWrongContentTypeMethodOrAddressIsAnsweredInChinese() {
		Response plain = supervisor().send(supervisor().request("/api/enterprises")
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertProblem(plain, 415, "不支持的内容类型");
		assertThat(plain.json().get("detail").asText()).contains("text/plain").contains("application/json");

		Response csvAsJson = supervisor().post("/api/enterprises/import", "{}");
		assertProblem(csvAsJson, 415, "不支持的内容类型");
		assertThat(csvAsJson.json().get("detail").asText()).contains("text/csv");

		Response patch = supervisor().send(supervisor().request("/api/alarms")
			.method("PATCH", HttpRequest.BodyPublishers.noBody()));
		assertProblem(patch, 405, "不支持的请求方法");
		assertThat(patch.json().get("detail").asText()).contains("PATCH");

		assertProblem(supervisor().get("/api/no-such-thing"), 404, "未找到");
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedWithoutBeingRead() {
		byte[] large = ("code,name\n" + "X".repeat(21 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);

		Response announced = supervisor().send(supervisor().request("/api/enterprises/import")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(large)));
		assertProblem(announced, 413, "请求过大");

		Response streamed = supervisor().send(supervisor().request("/api/enterprises/import")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));
		assertProblem(streamed, 413, "请求过大");
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedByTheEngineRestApiAndTheWebappsApiToo() {
		// Many small variables: the engine's own reader would stop a single 21 MB string by itself.
		StringBuilder variables = new StringBuilder("{\"variables\": {");
		for (int i = 0; variables.length() < 21 * 1024 * 1024; i++) {
			variables.append(i == 0 ? "" : ",").append("\"v").append(i).append("\": {\"value\": \"").append("X".repeat(1000)).append("\"}");
		}
		byte[] large = variables.append("}}").toString().getBytes(StandardCharsets.UTF_8);

		for (String path : List.of("/engine-rest/process-definition/key/enforcement-loop/start",
				"/camunda/api/admin/auth/user/default/login/tasklist")) {
			Response announced = supervisor().send(supervisor().request(path)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(large)));
			assertProblem(announced, 413, "请求过大");
		}
		Response streamed = supervisor().send(supervisor().request("/engine-rest/process-definition/key/enforcement-loop/start")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));
		assertProblem(streamed, 413, "请求过大");
	}

	private Http supervisor() {
		return Http.as(port, "sunli");
	}

	private Http inspector() {
		return Http.as(port, "wangqiang");
	}

	private Http monitor() {
		return Http.as(port, "monitor");
	}

	private static Response csv(Http caller, String path, String body) {
		return caller.send(caller.request(path)
			.header("Content-Type", "text/csv; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private static void assertRefusedField(Response answer, String field) {
		assertRefused(answer, 400, ForbiddenCharacters.MESSAGE);
		assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
	}

	private static void assertDuplicate(Response answer, String field) {
		assertRefused(answer, 400, "字段重复出现，每个字段只能给出一次");
		assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
	}

	private static void assertRefused(Response answer, int status, String message) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("title").asText()).isEqualTo("请求数据不合法");
		assertThat(answer.json().get("errors").findValuesAsText("message")).containsExactly(message);
	}

	private static void assertProblem(Response answer, int status, String title) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("title").asText()).isEqualTo(title);
	}

}

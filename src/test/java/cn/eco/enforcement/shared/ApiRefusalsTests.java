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
		assertRefused(supervisor().get("/api/alarms?enterpriseCode=ENT%000001"), 400, "含有不允许的字符（如 NUL）");
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

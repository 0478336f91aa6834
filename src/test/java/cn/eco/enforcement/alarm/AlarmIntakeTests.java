package cn.eco.enforcement.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.Http.Response;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AlarmIntakeTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AlarmApi alarmApi;

	@Test
	void newAlarmIsAcceptedWithItsIdAndTheProcessThatRunsIt() {
		Response response = monitor().post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0001"));

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		assertThat(body.get("id").asLong()).isPositive();
		assertThat(body.get("status").asText()).isEqualTo("DISPATCHED");
		assertThat(body.get("supervisionMode").asText()).isEqualTo("ON_SITE");
		assertThat(body.get("assignee").asText()).isEqualTo("wangqiang");
		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceId(body.get("processInstanceId").asText())
			.processDefinitionKey("enforcement-loop")
			.count()).isOne();
	}

	@Test
	void sameExternalIdAgainReturnsTheSameIdsAndStartsNoSecondProcess() {
		String externalId = Alarms.uniqueId();
		JsonNode first = monitor().post("/api/alarms", alarmJson(externalId, "ENT-0001")).json();

		Response again = monitor().post("/api/alarms", alarmJson(externalId, "ENT-0001"));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id")).isEqualTo(first.get("id"));
		assertThat(again.json().get("processInstanceId")).isEqualTo(first.get("processInstanceId"));
		assertThat(loopsOf(first.get("id").asLong())).isOne();
	}

	@Test
	void concurrentDuplicatesStoreOneAlarmAndStartOneProcess() throws Exception {
		String externalId = Alarms.uniqueId();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Response>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(() -> monitor().post("/api/alarms", alarmJson(externalId, "ENT-0001")));
			}
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}

			assertThat(responses).extracting(Response::status).containsOnly(200, 201).containsOnlyOnce(201);
			assertThat(responses).extracting(r -> r.json().get("id").asLong()).containsOnly(responses.get(0).json().get("id").asLong());
			assertThat(responses).extracting(r -> r.json().get("processInstanceId").asText()).doesNotContainNull().hasSize(8)
				.containsOnly(responses.get(0).json().get("processInstanceId").asText());
			assertThat(loopsOf(responses.get(0).json().get("id").asLong())).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void invalidAlarmIsRejectedWithProblemDetailsNamingEachBadField() {
		Response response = monitor().post("/api/alarms", """
				{"sourceType": "ONLINE_MONITOR", "value": -3, "limit": 0,
				 "observedAt": "2099-01-01T00:00:00+08:00"}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsText("field")).contains("externalId", "enterpriseCode",
				"pollutant", "value", "limit", "observedAt");
		assertThat(response.json().get("title").asText()).isEqualTo("请求数据不合法");
	}

	@Test
	void unknownSourceTypeAndMalformedTimeAreNamed() {
		assertThat(monitor().post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0001").replace("ONLINE_MONITOR", "DRONE"))
			.json()
			.get("errors")
			.findValuesAsText("field")).containsExactly("sourceType");
		assertThat(monitor().post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0001").replaceAll("\"observedAt\": \"[^\"]+\"", "\"observedAt\": \"yesterday\""))
			.json()
			.get("errors")
			.findValuesAsText("field")).containsExactly("observedAt");
	}

	@Test
	void valuesTheRegisterCannotHoldAndImpossibleTimesAreNamed() {
		Response answer = monitor().post("/api/alarms", """
				{"externalId": "%s", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "ENT-0001",
				 "pollutant": "w01018", "value": 1e13, "limit": 0.00001, "unit": "mg/L",
				 "observedAt": "0001-01-01T00:00:00Z"}""".formatted(Alarms.uniqueId()));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("value", "limit", "observedAt");
		assertThat(answer.json().get("errors").findValuesAsText("message")).contains("不能小于 0.0001", "不能早于 2000 年");
	}

	@Test
	void alarmForAnUnknownEnterpriseIsRejectedAndNothingIsStored() {
		String externalId = Alarms.uniqueId();
		Response response = monitor().post("/api/alarms", alarmJson(externalId, "ENT-9999"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("enterpriseCode");
		assertThat(monitor().get("/api/alarms?limit=1000").json().findValuesAsText("externalId")).doesNotContain(externalId);
	}

	@Test
	void alarmsCanBeListedByEnterpriseAndStatusAndReadOneByOne() {
		JsonNode raised = monitor().post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0010")).json();
		Http inspector = Http.as(port, "wangqiang");

		JsonNode listed = inspector.get("/api/alarms?enterpriseCode=ENT-0010&status=DISPATCHED").json();
		assertThat(listed.findValuesAsText("externalId")).contains(raised.get("externalId").asText());
		assertThat(listed.findValuesAsText("enterpriseCode")).containsOnly("ENT-0010");
		assertThat(inspector.get("/api/alarms?enterpriseCode=ENT-0010&status=CLOSED").json().findValuesAsText("externalId"))
			.doesNotContain(raised.get("externalId").asText());
		assertThat(inspector.get("/api/alarms?from=" + OffsetDateTime.now().plusDays(1).toLocalDate() + "T00:00:00Z").json())
			.isEmpty();

		JsonNode one = inspector.get("/api/alarms/" + raised.get("id").asLong()).json();
		assertThat(one.get("progress").findValuesAsText("stage")).containsExactly("RECEIVED", "DISPATCHED");
		assertThat(inspector.get("/api/alarms/987654321").status()).isEqualTo(404);
		assertThat(inspector.get("/api/alarms?status=NOPE").status()).isEqualTo(400);
	}

	@Test
	void listedAlarmsCarryTheirOwnProgressAndSuspectedSources() {
		OffsetDateTime observedAt = OffsetDateTime.now().minusHours(7).withNano(0).minusSeconds(new Random().nextInt(3600));
		long first = alarmApi.raise(ambientAlarm(observedAt, new SuspectedSource("ENT-0001", 0.9, "下风向 800 米"),
				new SuspectedSource("ENT-0003", 0.4, "排放颗粒物"))).alarm().id();
		long second = alarmApi.raise(ambientAlarm(observedAt, new SuspectedSource("ENT-0010", 0.7, "上风向 1.2 公里")))
			.alarm()
			.id();
		long none = alarmApi.raise(ambientAlarm(observedAt)).alarm().id();
		alarmApi.recordProgress(second, AlarmStatus.SIGNED_FOR, "wangqiang", "已签收");

		JsonNode listed = Http.as(port, "zhoumin")
			.get("/api/alarms?from=" + observedAt.minusSeconds(1).toInstant() + "&to=" + observedAt.plusSeconds(1).toInstant())
			.json();

		assertThat(listed).hasSize(3);
		assertThat(byId(listed, first).get("suspectedSources").findValuesAsText("enterpriseCode"))
			.containsExactly("ENT-0001", "ENT-0003");
		assertThat(byId(listed, first).get("progress").findValuesAsText("stage")).containsExactly("RECEIVED", "DISPATCHED");
		assertThat(byId(listed, second).get("suspectedSources").findValuesAsText("enterpriseCode")).containsExactly("ENT-0010");
		assertThat(byId(listed, second).get("progress").findValuesAsText("stage"))
			.containsExactly("RECEIVED", "DISPATCHED", "SIGNED_FOR");
		assertThat(byId(listed, none).get("suspectedSources")).isEmpty();
		assertThat(byId(listed, none).get("progress").findValuesAsText("stage")).containsExactly("RECEIVED", "DISPATCHED");
	}

	private static RaiseAlarm ambientAlarm(OffsetDateTime observedAt, SuspectedSource... suspects) {
		return new RaiseAlarm(Alarms.uniqueId(), AlarmSourceType.AMBIENT_STATION, null, "ST-TZW", "a34004",
				new BigDecimal("98"), new BigDecimal("75"), "μg/m³", observedAt, null, List.of(suspects));
	}

	private static JsonNode byId(JsonNode alarms, long id) {
		for (JsonNode alarm : alarms) {
			if (alarm.get("id").asLong() == id) {
				return alarm;
			}
		}
		throw new AssertionError("Alarm " + id + " not listed");
	}

	@Test
	void enterprisesAreListedWithSupervisionFacts() {
		JsonNode enterprises = Http.as(port, "zhoumin").get("/api/enterprises").json();

		assertThat(enterprises.size()).isGreaterThanOrEqualTo(30);
		JsonNode ordinary = find(enterprises, "ENT-0001");
		assertThat(ordinary.get("positiveList").asBoolean()).isFalse();
		assertThat(ordinary.get("responsibleInspector").asText()).isEqualTo("wangqiang");
		assertThat(ordinary.get("squadron").asText()).isEqualTo("XY-GX-SQ1");
		assertThat(find(enterprises, "ENT-0002").get("positiveList").asBoolean()).isTrue();
		assertThat(find(enterprises, "ENT-0003").get("confirmedViolations12m").asInt()).isEqualTo(2);
		assertThat(find(enterprises, "ENT-0007").get("positiveList").asBoolean()).as("removed from the list").isFalse();
	}

	@Test
	void apiRefusesAnonymousCallersAndAuditorsCannotRaiseAlarms() {
		assertThat(Http.anonymous(port).get("/api/alarms").status()).isEqualTo(401);
		assertThat(Http.anonymous(port).post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0001")).status())
			.isEqualTo(401);
		assertThat(Http.as(port, "zhoumin").post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0001")).status())
			.isEqualTo(403);
		assertThat(Http.as(port, "monitor").get("/api/enterprises").status()).isEqualTo(403);
		assertThat(Http.as(port, "wangqiang").post("/api/alarms", alarmJson(Alarms.uniqueId(), "ENT-0001")).status())
			.isEqualTo(201);
	}

	private Http monitor() {
		return Http.as(port, "monitor");
	}

	private long loopsOf(long alarmId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey("enforcement-loop")
			.processInstanceBusinessKey("ALARM-" + alarmId)
			.count();
	}

	private static JsonNode find(JsonNode enterprises, String code) {
		for (JsonNode e : enterprises) {
			if (e.get("code").asText().equals(code)) {
				return e;
			}
		}
		throw new AssertionError("No enterprise " + code);
	}

	private static String alarmJson(String externalId, String enterpriseCode) {
		return """
				{"externalId": "%s", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "%s",
				 "pollutant": "w01018", "value": 65.2, "limit": 50, "unit": "mg/L",
				 "observedAt": "%s"}""".formatted(externalId, enterpriseCode, OffsetDateTime.now().minusMinutes(3));
	}

}

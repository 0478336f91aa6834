package cn.eco.enforcement.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.ServedPenalties;
import cn.eco.enforcement.support.TestDevices;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What another department's data-sharing account (sharing-demo) reads: the registry's public facts,
 * served penalty decisions, devices and their hourly and daily aggregates — no person, no contact,
 * no investigation; and every fetch in the append-only log that auditors (not inspectors) read.
 */
@IntegrationTest
class DataSharingTests {

	private static final String ACCOUNT = "sharing-demo";

	/** Fields of our staff views that name or reach a person; none may reach another department. */
	private static final List<String> PERSONAL_FIELDS = List.of("responsibleInspector", "deputyInspector", "leadInspector",
			"inspector", "assignee", "complainant", "contact", "phone", "email", "reporter", "evidence", "password");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	GridApi grid;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSharingAccountReadsTheRegistryFactsOfEveryFirmAndNoPerson() {
		Http.Response answer = sharing().get("/api/sharing/enterprises");

		assertThat(answer.status()).isEqualTo(200);
		JsonNode firms = answer.json();
		assertThat(firms.size()).isEqualTo(enterprises.list().size());
		JsonNode first = firms.get(0);
		assertThat(first.get("code").asText()).isEqualTo("ENT-0001");
		assertThat(fieldsOf(first)).containsExactly("code", "name", "creditCode", "permitNumber", "category", "industry",
				"townshipCode", "address", "latitude", "longitude", "positiveList");
		assertNothingPersonal(answer.body());
	}

	@Test
	void aPenaltyDecisionIsSharedOnceServedWithoutTheInvestigation() {
		ServedPenalties cases = new ServedPenalties(engine, alarms, enterprises);
		String firm = cases.newFirm("ENT-SH");
		ProcessInstance caseFiling = cases.caseAtFilingApproval(firm);
		cases.decide(caseFiling, 30000L);
		String decisionNumber = jdbc.sql("SELECT case_number FROM enforcement_case WHERE process_instance_id = ?")
			.param(caseFiling.getId()).query(String.class).single();

		assertThat(decisionsOf(firm)).as("decided, not yet served").isEmpty();

		cases.serve(caseFiling);
		Http.Response answer = sharing().get("/api/sharing/penalties?from=" + ServedPenalties.today().minusDays(1));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode decision = decisionsOf(firm).get(0);
		assertThat(fieldsOf(decision)).containsExactly("enterpriseCode", "enterpriseName", "decisionNumber", "decidedOn",
				"violatedProvision", "penaltyProvision", "fineAmount", "correctionOrdered");
		assertThat(decision.get("decisionNumber").asText()).isEqualTo(decisionNumber);
		assertThat(decision.get("decidedOn").asText()).isEqualTo(ServedPenalties.today().toString());
		assertThat(decision.get("penaltyProvision").asText()).isEqualTo(ServedPenalties.PENALTY_PROVISION);
		assertThat(decision.get("fineAmount").decimalValue()).isEqualByComparingTo("30000");
		assertThat(answer.body()).doesNotContain(ServedPenalties.FACTS, ServedPenalties.INQUIRY, "现场检测颗粒物超标");
		assertNothingPersonal(answer.body());
		assertThat(sharing().get("/api/sharing/penalties?to=" + ServedPenalties.today().minusDays(1)).json()
			.findValuesAsText("enterpriseCode")).as("decided after the period asked for").doesNotContain(firm);
	}

	@Test
	void theSharingAccountReadsHourlyAndDailyAggregatesButNotMinuteData() {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
		monitoring.ingest(new ReadingBatch(mn, "123456", List.of(
				reading(Period.HOUR, hour, "31.5"), reading(Period.MINUTE, hour.plusSeconds(60), "33.0"),
				reading(Period.DAY, hour.truncatedTo(ChronoUnit.DAYS), "30.2"))));
		String span = "from=" + hour.minus(Duration.ofDays(1)) + "&to=" + hour.plus(Duration.ofHours(1));

		JsonNode hourly = sharing().get("/api/sharing/monitoring/devices/" + mn + "/aggregates?period=HOUR&" + span).json();
		JsonNode daily = sharing().get("/api/sharing/monitoring/devices/" + mn + "/aggregates?period=DAY&" + span).json();
		JsonNode devices = sharing().get("/api/sharing/monitoring/devices").json();

		assertThat(hourly.findValuesAsText("period")).containsExactly("HOUR");
		assertThat(hourly.get(0).get("avg").decimalValue()).isEqualByComparingTo("31.5");
		assertThat(daily.findValuesAsText("period")).containsExactly("DAY");
		assertThat(devices.findValuesAsText("mn")).contains(mn);
		assertThat(fieldsOf(devices.get(0))).containsExactly("mn", "kind", "enterpriseCode", "stationCode", "outlet");
		assertThat(sharing().get("/api/sharing/monitoring/devices/" + mn + "/aggregates?period=MINUTE&" + span).json()
			.get("errors").findValuesAsText("field")).containsExactly("period");
		assertThat(sharing().get("/api/sharing/monitoring/devices/" + mn + "/aggregates?period=HOUR&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z")
			.json().get("errors").findValuesAsText("field")).containsExactly("to");
		assertThat(sharing().get("/api/sharing/monitoring/devices/NO-SUCH-MN/aggregates?period=HOUR&" + span).status())
			.isEqualTo(404);
	}

	@Test
	void everyFetchIsLoggedWithTheAccountPathQueryAndCountForAuditorsOnly() {
		long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM sharing_fetch").query(Long.class).single();
		int firms = sharing().get("/api/sharing/enterprises").json().size();
		sharing().get("/api/sharing/penalties?from=2020-01-01");

		Http.Response log = Http.as(port, "zhoumin").get("/api/sharing/log?from=" + ServedPenalties.today() + "&size=500");

		assertThat(log.status()).isEqualTo(200);
		List<JsonNode> fetches = new ArrayList<>();
		log.json().get("entries").forEach(e -> {
			if (e.get("id").asLong() > before) {
				fetches.add(e);
			}
		});
		assertThat(fetches).hasSize(2);
		assertThat(fetches).allSatisfy(e -> assertThat(e.get("userId").asText()).isEqualTo(ACCOUNT));
		assertThat(fetches.get(0).get("path").asText()).isEqualTo("/api/sharing/enterprises");
		assertThat(fetches.get(0).get("records").asInt()).isEqualTo(firms);
		assertThat(fetches.get(1).get("path").asText()).isEqualTo("/api/sharing/penalties");
		assertThat(fetches.get(1).get("query").asText()).isEqualTo("from=2020-01-01");
		assertThat(fetches.get(1).get("fetchedAt").asText()).startsWith(ServedPenalties.today().toString());

		JsonNode onePage = Http.as(port, "demo").get("/api/sharing/log?size=1&page=0").json();
		assertThat(onePage.get("entries")).hasSize(1);
		assertThat(onePage.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(Http.as(port, "wangqiang").get("/api/sharing/log").status()).isEqualTo(403);
		assertThat(Http.as(port, "sunli").get("/api/sharing/log").status()).isEqualTo(403);
		assertThat(sharing().get("/api/sharing/log").status()).isEqualTo(403);
		assertThat(Http.as(port, "zhoumin").get("/api/sharing/log?from=2026-02-01&to=2026-01-01").json().get("errors")
			.findValuesAsText("field")).containsExactly("from");
		assertThat(Http.as(port, "zhoumin").get("/api/sharing/log?size=0").json().get("errors").findValuesAsText("field"))
			.containsExactly("size");
	}

	@Test
	void theFetchLogCanOnlyBeAppendedTo() {
		sharing().get("/api/sharing/monitoring/devices");

		assertThatThrownBy(() -> jdbc.sql("UPDATE sharing_fetch SET user_id = 'someone-else'").update())
			.hasMessageContaining("只能追加");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM sharing_fetch").update()).hasMessageContaining("只能追加");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE sharing_fetch").update()).hasMessageContaining("只能追加");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sharing_fetch WHERE user_id = ?").param(ACCOUNT).query(Long.class).single())
			.isPositive();
	}

	private Http sharing() {
		return Http.as(port, ACCOUNT);
	}

	private List<JsonNode> decisionsOf(String firm) {
		List<JsonNode> decisions = new ArrayList<>();
		sharing().get("/api/sharing/penalties").json().forEach(d -> {
			if (d.get("enterpriseCode").asText().equals(firm)) {
				decisions.add(d);
			}
		});
		return decisions;
	}

	private static List<String> fieldsOf(JsonNode node) {
		List<String> fields = new ArrayList<>();
		node.fieldNames().forEachRemaining(fields::add);
		return fields;
	}

	private void assertNothingPersonal(String body) {
		for (String field : PERSONAL_FIELDS) {
			assertThat(body).as("field " + field).doesNotContain("\"" + field + "\"");
		}
		for (StaffMember staff : grid.allStaff()) {
			assertThat(body).as(staff.userId()).doesNotContain("\"" + staff.userId() + "\"", staff.name());
			if (staff.email() != null) {
				assertThat(body).doesNotContain(staff.email());
			}
		}
		assertThat(body).as("no phone numbers").doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
		assertThat(body).as("no e-mail addresses").doesNotContainPattern("[\\w.-]+@[\\w-]+\\.[\\w.-]+");
	}

	private static Reading reading(Period period, Instant at, String avg) {
		return new Reading("w01018", period, at, null, new BigDecimal(avg), null, null, null, null, "N");
	}

}

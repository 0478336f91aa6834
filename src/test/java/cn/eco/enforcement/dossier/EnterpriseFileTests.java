package cn.eco.enforcement.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EnterpriseFileTests {

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Autowired
	ProcessEngine engine;

	@Test
	void fileGathersTheFirmsAlarmsInspectionsCasesAndMonitoring() {
		var alarm = alarms.raise(Alarms.moderateExceedanceAt("ENT-0017")).alarm();
		BpmnAwareTests.init(engine);
		var loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(alarm.processInstanceId()).singleResult();
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "窑尾烟气超标", "violationFound", true,
				"evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令整改"));
		complete(task(loop), withVariables("approved", true));

		JsonNode file = Http.as(port, "zhoumin").get("/api/enterprises/ENT-0017/file").json();

		assertThat(file.get("enterprise").get("name").asText()).isEqualTo("襄阳岘山水泥有限公司");
		assertThat(file.get("alarms").findValuesAsText("externalId")).contains(alarm.externalId());
		assertThat(file.get("inspections").get(0).get("violationFound").asBoolean()).isTrue();
		assertThat(file.get("cases").findValuesAsText("status")).contains("FILING_APPROVAL");
		assertThat(file.get("devices").findValuesAsText("mn")).contains("XY-FG-0017-01");
		Http auditor = Http.as(port, "zhoumin");
		var page = auditor.send(auditor.request("/api/enterprises/ENT-0017/file").header("Accept", "text/html").GET());
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("一企一档：襄阳岘山水泥有限公司", "告警与处置", "检查记录", "发现违法行为", "立案审批中");
		// The alarm's factor as a person reads it; the code stays in the JSON for the APIs.
		assertThat(page.body()).contains("<td>化学需氧量 COD mg/L</td>").doesNotContain("w01018");
		assertThat(file.get("alarms").findValuesAsText("pollutant")).contains("w01018");
		assertThat(Http.anonymous(port).get("/api/enterprises/ENT-0017/file").status()).isEqualTo(401);
		assertThat(Http.as(port, "monitor").get("/api/enterprises/ENT-0017/file").status()).isEqualTo(403);
		assertThat(Http.as(port, "zhoumin").get("/api/enterprises/NOPE/file").status()).isEqualTo(404);
	}

}

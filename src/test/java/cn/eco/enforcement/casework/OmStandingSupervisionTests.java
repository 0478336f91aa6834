package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.internal.LoopPlanRecords;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.maintenance.MaintenanceApi;
import cn.eco.enforcement.maintenance.internal.OmInspections;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.supervision.SupervisionMode;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.OmContractFixtures;
import cn.eco.enforcement.support.TestDevices;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A firm's O&amp;M standing, lowered by repeated 运维不规范 in third-party inspections, counts in how its
 * alarms are supervised: a positive-list firm whose monitoring is not kept properly loses the off-site
 * check.
 */
@IntegrationTest
class OmStandingSupervisionTests {

	@Autowired
	LoopPlanRecords loopPlans;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	OmInspections inspections;

	@Autowired
	MaintenanceApi maintenance;

	@Autowired
	AlarmApi alarms;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Test
	void positiveListFirmIsCheckedOffSiteUntilRepeatedIrregularOperationLowersItsStanding() {
		String firm = positiveListFirm();
		String mn = TestDevices.wastewaterAt(monitoring, firm);
		OmContractFixtures.underContract(jdbc, mn);

		AlarmView before = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm();
		assertThat(before.supervisionMode()).isEqualTo(SupervisionMode.OFF_SITE.name());

		String inspection = inspections.start(mn).orElseThrow().processInstanceId();
		var task = engine.getTaskService().createTaskQuery().processInstanceId(inspection).singleResult();
		Map<String, Object> answers = new HashMap<>();
		List.of("probe", "calibration", "parameters").forEach(item -> answers.put(item + "Result", "PASS"));
		failed(answers, "operationLog", "近两月无运维记录");
		failed(answers, "dataFlags", "维护期间未标记 M");
		failed(answers, "photos", "站房未留存现场照片");
		engine.getTaskService().complete(task.getId(), answers);
		assertThat(maintenance.standingLowered(firm)).isTrue();

		AlarmView after = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm();
		assertThat(after.supervisionMode()).isEqualTo(SupervisionMode.ON_SITE.name());
		var loop = engine.getRuntimeService();
		assertThat(loopPlans.ofProcessInstance(after.processInstanceId()).orElseThrow().supervisionRules())
			.containsExactly("正面清单企业运维信用降级，告警现场核查");
		assertThat((String) loop.getVariable(after.processInstanceId(), "supervisionSummary")).contains("运维信用已降级");

		AlarmView serious = alarms.raise(Alarms.seriousExceedanceAt(firm)).alarm();
		assertThat(serious.supervisionMode()).as("a serious alarm is escalated whatever the standing")
			.isEqualTo(SupervisionMode.ESCALATED.name());
	}

	private static void failed(Map<String, Object> answers, String item, String note) {
		answers.put(item + "Result", "FAIL");
		answers.put(item + "Class", "IRREGULAR_OPERATION");
		answers.put(item + "Note", note);
	}

	private String positiveListFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-OS" + unique % 100_000;
		enterprises.save(Map.of(1, new EnterpriseData(code, "襄阳运维" + unique % 100_000 + "机械有限公司",
				"91420600" + String.format("%010d", unique), "湖北省襄阳市高新区团山镇测试路8号", 112.20, 32.04, "TS-GX-TUANSHAN",
				"通用设备制造", "ORDINARY", List.of("w01018"), "wangqiang", "liuyang", null)));
		assertThat(enterprises.importPositiveList(LocalDate.now().getYear(), List.of(code))).isEqualTo(1);
		assertThat(enterprises.find(code).orElseThrow().positiveList()).isTrue();
		return code;
	}

}

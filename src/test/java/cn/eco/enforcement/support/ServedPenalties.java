package cn.eco.enforcement.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.identity.MatrixCase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Drives a new firm's exceedance through the real loop ({@link MatrixCase#awaitingFilingApproval}) and
 * case procedure up to a penalty decision and its service (送达), as wangqiang, liuyang and sunli would in
 * Tasklist.
 */
public final class ServedPenalties {

	public static final String PENALTY_PROVISION = "《中华人民共和国大气污染防治法》第九十九条";

	public static final String VIOLATED_PROVISION = "《中华人民共和国大气污染防治法》第十八条";

	/** The case's facts and the party's statement: investigation content, never shared. */
	public static final String FACTS = "当事人除尘设施故障期间继续生产，超标排放颗粒物";

	public static final String INQUIRY = "法定代表人承认设施故障";

	private final ProcessEngine engine;

	private final AlarmApi alarms;

	private final EnterpriseApi enterprises;

	public ServedPenalties(ProcessEngine engine, AlarmApi alarms, EnterpriseApi enterprises) {
		this.engine = engine;
		this.alarms = alarms;
		this.enterprises = enterprises;
	}

	/** A new ordinary firm in 团山镇 (wangqiang's grid); returns its code. */
	public String newFirm(String codePrefix) {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = codePrefix + unique % 1_000_000;
		var row = new EnterpriseData(code, "襄阳" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路5号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

	/** An exceedance at the firm, handled on site with a violation found: the case waits for its filing approval. */
	public ProcessInstance caseAtFilingApproval(String firm) {
		return MatrixCase.awaitingFilingApproval(engine, alarms, firm);
	}

	/** Filing approved, investigated, reviewed with a correction order and decided: waiting for service. */
	public void decide(ProcessInstance caseFiling, long fine) {
		as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "符合立案条件",
				"procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang")));
		as("wangqiang", () -> complete(task(caseFiling), withVariables("facts", FACTS, "evidenceList", "现场检查笔录\n在线监测数据",
				"inquiryRecord", INQUIRY, "violationType", "EXCEEDANCE", "severity", "GENERAL", "durationDays", 5L,
				"correctedPromptly", false, "violatedProvision", VIOLATED_PROVISION)));
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));
		Map<String, Object> review = new HashMap<>(withVariables("caseOutcome", "PENALTY", "fineAmount", fine,
				"penaltyProvision", PENALTY_PROVISION, "correctionOrdered", true, "correctionDemand", "立即停止超标排放",
				"reviewOpinion", "事实清楚，证据确凿"));
		as("sunli", () -> complete(task(caseFiling), review));
		as("wangqiang", () -> complete(task(caseFiling), withVariables("partyStatement", "无", "hearingRequested", false)));
		as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", fine, "decisionOpinion", "同意")));
		assertThat(task(caseFiling).getTaskDefinitionKey()).isEqualTo("Task_ServeDecision");
	}

	/** The decision served on the firm today. */
	public void serve(ProcessInstance caseFiling) {
		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "DIRECT", "servedOn", today().toString())));
	}

	private void as(String user, Runnable action) {
		MatrixCase.as(engine, user, action);
	}

	public static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

}

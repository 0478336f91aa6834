package cn.eco.enforcement.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case leads and the hand-over of confirmed violations to {@code case-filing}, which shares the
 * loop's business key so both show up together in Cockpit and history.
 */
@Service
@Transactional
public class CaseFiling {

	public static final String PROCESS_KEY = "case-filing";

	private static final Logger log = LoggerFactory.getLogger(CaseFiling.class);

	private final CaseFiles cases;

	private final EnterpriseApi enterprises;

	private final AlarmApi alarms;

	private final RuntimeService runtime;

	private final LoopDeadlines deadlines;

	private final PositiveListReviews positiveList;

	private final Clock clock;

	private final CaseRecords records;

	private final CaseProcedureSettings settings;

	private final GridApi grid;

	private final CaseEvidenceIntake evidence;

	CaseFiling(CaseFiles cases, EnterpriseApi enterprises, AlarmApi alarms, RuntimeService runtime,
			LoopDeadlines deadlines, PositiveListReviews positiveList, Clock clock, CaseRecords records,
			CaseProcedureSettings settings, GridApi grid, CaseEvidenceIntake evidence) {
		this.cases = cases;
		this.enterprises = enterprises;
		this.alarms = alarms;
		this.runtime = runtime;
		this.deadlines = deadlines;
		this.positiveList = positiveList;
		this.clock = clock;
		this.records = records;
		this.settings = settings;
		this.grid = grid;
		this.evidence = evidence;
	}

	/** Opens a case lead (案源) for an escalated alarm, before anyone has been on site. */
	public long openLead(long alarmId, String enterpriseCode, String summary) {
		return cases.caseOfAlarm(alarmId)
			.orElseGet(() -> cases.openLead(alarmId, enterpriseCode, null, summary, OffsetDateTime.now(clock)));
	}

	/** Drops the lead of a loop that closed without a confirmed violation. */
	public void dropLead(long alarmId) {
		cases.dropLead(alarmId);
	}

	/**
	 * Records the confirmed violation and starts filing approval for it.
	 * @return the started case
	 */
	public FiledCase submitForFiling(ConfirmedViolation violation) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (violation.enterpriseCode() != null) {
			enterprises.recordConfirmedViolation(violation.enterpriseCode(), now.toLocalDate(), violation.summary(),
					violation.alarmId());
			positiveList.consider(violation.enterpriseCode(), violation.dataFalsified() ? "DATA_FALSIFICATION"
					: "CONFIRMED_VIOLATION", alarms.find(violation.alarmId()).map(a -> a.sourceType().name()).orElse(null),
					"告警 #" + violation.alarmId() + " 经中队长审核确认存在违法行为"
							+ (violation.dataFalsified() ? "（涉嫌篡改、伪造自动监测数据）" : ""));
		}
		long caseId = openLead(violation.alarmId(), violation.enterpriseCode(), violation.summary());
		evidence.enterEarlierEvidence(caseId, violation.alarmId());
		OffsetDateTime due = now.plus(deadlines.filingApproval());
		// the 立案 number is taken only when filing is approved (approveFiling)
		String leadNumber = settings.leadNumber(now.getYear(), records.nextLeadNumber(now.getYear()));
		cases.submitForFiling(caseId, leadNumber, violation.leadInspector(), violation.summary(), due);
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", caseId);
		variables.put("caseNumber", leadNumber);
		variables.put("leadNumber", leadNumber);
		variables.put("alarmId", violation.alarmId());
		variables.put("caseSource", caseSource(violation.alarmId()));
		variables.put("enterpriseCode", violation.enterpriseCode());
		variables.put("enterpriseName", violation.enterpriseName());
		variables.put("caseSummary", "案源编号：" + leadNumber + "\n" + violation.summary());
		variables.put("leadInspector", violation.leadInspector());
		variables.put("filingDueDate", Date.from(due.toInstant()));
		variables.put("decisionClockCycle", settings.decisionClockCycle());
		FilingOfficers officers = new FilingOfficers(grid);
		variables.put("officerOptions", json(officers.options(violation.leadInspector())));
		// 承办人 start as the inspectors who handled the loop; the approver may choose others.
		officers.first(violation.leadInspector()).ifPresent(id -> variables.put("investigator1", id));
		officers.second(violation.companion(), violation.leadInspector()).ifPresent(id -> variables.put("investigator2", id));
		variables.put("limitationNote", "违法行为于 " + now.toLocalDate() + " 经执法检查确认，在《行政处罚法》第三十六条规定的"
				+ settings.limitationPeriod().getYears() + "年追责时效内");
		ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, violation.businessKey(), variables);
		cases.attachProcess(caseId, instance.getId());
		alarms.recordProgress(violation.alarmId(), AlarmStatus.CASE_FILING, violation.leadInspector(),
				"已移送立案审批，案源编号 " + leadNumber);
		log.info("Alarm #{} handed to case filing as lead {} ({})", violation.alarmId(), leadNumber, instance.getId());
		return new FiledCase(caseId, leadNumber, instance.getId());
	}

	/** 案件来源 of the filing approval form: how the violation came to the bureau's attention. */
	private String caseSource(long alarmId) {
		return alarms.find(alarmId)
			.map(alarm -> alarm.sourceType().label() + "告警（"
					+ alarm.observedAt().atZoneSameInstant(clock.getZone()).toLocalDate() + "，编号 "
					+ alarm.externalId() + "），经执法检查确认")
			.orElse("执法检查发现");
	}

	private static org.camunda.spin.plugin.variable.value.JsonValue json(Object value) {
		try {
			return org.camunda.spin.plugin.variable.SpinValues
				.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value))
				.create();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Gives a case whose filing was approved its 立案 number, in the same transaction as the approval:
	 * a refused or rolled-back approval takes none, so the approved cases of a year count 1, 2, 3 …
	 * without gaps. A case numbered at hand-over by an earlier version keeps its number and takes none.
	 * @return the case number
	 */
	public String assignCaseNumber(long caseId, int year) {
		Optional<String> numbered = cases.caseNumberOf(caseId);
		if (numbered.isPresent()) {
			return numbered.get();
		}
		String caseNumber = settings.caseNumber(year, records.nextNumber(year));
		cases.assignCaseNumber(caseId, caseNumber);
		return caseNumber;
	}

	/** Records the filing decision of a case; a filed case may cost the firm its positive-list place. */
	public void recordFilingDecision(long caseId, boolean filed, String opinion) {
		cases.recordFilingDecision(caseId, filed, opinion, OffsetDateTime.now(clock));
		if (filed) {
			cases.enterpriseOf(caseId)
				.ifPresent(code -> positiveList.consider(code, "CASE_FILED", null, "案件 #" + caseId + " 已立案"));
		}
	}

	/**
	 * The case of an alarm has ended (closed, or not filed): the alarm register shows the alarm as
	 * 已办结 with the case's outcome, instead of 已移送立案 for ever.
	 */
	public void recordCaseEnded(long caseId, String actor, String note) {
		cases.alarmOf(caseId).ifPresent(alarmId -> alarms.recordProgress(alarmId, AlarmStatus.CLOSED, actor, note));
	}

	/**
	 * A penalty decision: the violation counts for the repeat-violator rule (once per alarm, also when
	 * the loop already recorded it) and the rules decide whether the firm leaves the positive list.
	 */
	public void recordPenaltyDecided(long caseId) {
		CaseRecords.CaseRow row = records.find(caseId).orElseThrow();
		if (row.enterpriseCode() == null) {
			return;
		}
		enterprises.recordConfirmedViolation(row.enterpriseCode(), OffsetDateTime.now(clock).toLocalDate(),
				"行政处罚决定 " + row.caseNumber(), row.alarmId());
		positiveList.consider(row.enterpriseCode(), "PENALTY_DECIDED", null, "案件 " + row.caseNumber() + " 已作出行政处罚决定");
	}

	/** A violation confirmed by the squadron leader's review. */
	public record ConfirmedViolation(long alarmId, String businessKey, String enterpriseCode, String enterpriseName,
			String leadInspector, String companion, String summary, boolean dataFalsified) {
	}

	/** The case started for a confirmed violation, under its case-lead number until filing is approved. */
	public record FiledCase(long caseId, String leadNumber, String processInstanceId) {
	}

}

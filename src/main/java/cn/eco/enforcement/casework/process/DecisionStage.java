package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseTexts.plain;
import static cn.eco.enforcement.casework.process.CaseTexts.serviceMethodLabel;
import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;
import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.eco.enforcement.casework.internal.CaseFiling;
import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.documents.DocumentKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * 处罚决定与送达: the penalty decision — on the spot in the simplified procedure, or after notice and
 * hearing, never heavier than noticed — its documents, and its service, from which the payment and
 * re-inspection periods of the {@link ExecutionStage} run.
 */
@Component
class DecisionStage {

	private final CaseRecords records;

	private final CaseFiling caseFiling;

	private final CaseProcedureSettings settings;

	private final CaseDocuments documents;

	private final ExecutionStage execution;

	DecisionStage(CaseRecords records, CaseFiling caseFiling, CaseProcedureSettings settings, CaseDocuments documents,
			ExecutionStage execution) {
		this.records = records;
		this.caseFiling = caseFiling;
		this.settings = settings;
		this.documents = documents;
		this.execution = execution;
	}

	/** 简易程序: a warning or a small fine decided and handed over on the spot. */
	void recordSimplifiedDecision(DelegateExecution task) {
		CaseVariables v = CaseVariables.of(task);
		BigDecimal fine = v.requiredAmount("fineAmount", "罚款金额");
		if (fine.compareTo(settings.simplifiedMaxFine()) > 0) {
			throw refused("简易程序对法人或其他组织的罚款不得超过 " + plain(settings.simplifiedMaxFine()) + " 元；请改用一般程序");
		}
		v.requiredText("facts", "违法事实");
		v.requiredText("penaltyProvision", "处罚依据");
		OffsetDateTime now = now();
		v.set("caseOutcome", "PENALTY");
		// the officer who decided on the spot also handles payment
		v.set("investigator1", v.text("leadInspector"));
		v.set("investigator2", v.text("leadInspector"));
		v.set("decisionFineAmount", fine.doubleValue());
		v.set("correctionOrdered", false);
		Map<String, Object> columns = new LinkedHashMap<>(Map.of("outcome", "PENALTY", "fine_amount", fine, "status", "SERVED",
				"penalty_decided_at", now, "served_at", now));
		columns.putAll(legalBasis(v));
		records.update(v.caseId(), columns);
		documents.render(task, v, DocumentKind.PENALTY_DECISION);
		execution.paymentDeadline(v, now.toLocalDate());
		caseFiling.recordPenaltyDecided(v.caseId());
		records.event(v.caseId(), now, "当场处罚", actor(task), "简易程序当场作出处罚决定并交付决定书：罚款 " + plain(fine) + " 元");
	}

	/** 处罚决定: never heavier than the notice, then the decision (and correction order) documents. */
	void issueDecision(DelegateExecution task) {
		CaseVariables v = CaseVariables.of(task);
		BigDecimal fine = v.requiredAmount("decisionFineAmount", "决定罚款金额");
		BigDecimal noticed = v.amount("noticedFine");
		if (noticed != null && fine.compareTo(noticed) > 0) {
			throw refused("不得因当事人陈述、申辩而加重处罚：决定罚款 " + plain(fine) + " 元高于告知的 " + plain(noticed) + " 元");
		}
		v.requiredText("decisionOpinion", "决定意见");
		OffsetDateTime now = now();
		v.set("fineAmount", fine.doubleValue());
		Map<String, Object> columns = new LinkedHashMap<>(Map.of("status", "DECIDED", "fine_amount", fine, "penalty_decided_at", now));
		columns.putAll(legalBasis(v));
		records.update(v.caseId(), columns);
		documents.render(task, v, DocumentKind.PENALTY_DECISION);
		if (v.flag("correctionOrdered")) {
			documents.render(task, v, DocumentKind.CORRECTION_ORDER);
		}
		v.deadline("serviceDue", now.plus(settings.servicePeriod()));
		caseFiling.recordPenaltyDecided(v.caseId());
		records.event(v.caseId(), now, "处罚决定", actor(task), "作出行政处罚决定：罚款 " + plain(fine) + " 元"
				+ (v.flag("correctionOrdered") ? "，并责令改正违法行为" : "") + "。送达期限至 " + v.text("serviceDueDate"));
	}

	/** 送达: when and how; payment and re-inspection periods run from here. */
	void recordService(DelegateExecution task) {
		CaseVariables v = CaseVariables.of(task);
		LocalDate servedOn = v.day("servedOn", "送达日期");
		String method = v.requiredText("serviceMethod", "送达方式");
		records.update(v.caseId(), Map.of("status", "SERVED", "served_at", servedOn.atStartOfDay(CaseVariables.ZONE).toOffsetDateTime()));
		execution.paymentDeadline(v, servedOn);
		if (v.flag("correctionOrdered")) {
			execution.correctionServed(v, servedOn);
		}
		records.event(v.caseId(), now(), "送达", actor(task), serviceMethodLabel(method) + "处罚决定书，送达日期 "
				+ CaseVariables.day(servedOn) + "；缴款期限至 " + v.text("paymentDueDate"));
	}

	/** The provisions a penalty decision rests on, as the public page shows them once it is served. */
	private static Map<String, Object> legalBasis(CaseVariables v) {
		Map<String, Object> columns = new LinkedHashMap<>();
		if (v.text("violatedProvision") != null) {
			columns.put("violated_provision", v.text("violatedProvision"));
		}
		if (v.text("penaltyProvision") != null) {
			columns.put("penalty_provision", v.text("penaltyProvision"));
		}
		return columns;
	}

}

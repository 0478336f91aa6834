package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseTexts.outcomeLabel;
import static cn.eco.enforcement.casework.process.CaseTexts.plain;
import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;
import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * 调查终结与案件审查: the discretion table's suggestion once the investigation ends, then the review's
 * outcome — a penalty with the reviews and rights it brings, no penalty, or a transfer.
 */
@Component
class ReviewStage {

	private final CaseRecords records;

	private final CaseProcedureSettings settings;

	ReviewStage(CaseRecords records, CaseProcedureSettings settings) {
		this.records = records;
		this.settings = settings;
	}

	/** After the discretion table: its suggestion, flattened for the review form. */
	void recordDiscretion(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		@SuppressWarnings("unchecked")
		Map<String, Object> discretion = (Map<String, Object>) execution.getVariable("discretion");
		if (discretion == null) {
			throw new IllegalStateException("penalty-discretion gave no result for case " + v.caseId());
		}
		v.set("fineMin", number(discretion.get("fineMin")));
		v.set("fineMax", number(discretion.get("fineMax")));
		v.set("suggestedFine", number(discretion.get("suggestedFine")));
		v.set("discretionGrade", discretion.get("discretionGrade"));
		v.set("discretionBasis", discretion.get("basis"));
		v.set("discretionOutcome", discretion.get("outcome"));
		records.update(v.caseId(), Map.of("status", "UNDER_REVIEW", "violation_type", v.requiredText("violationType", "违法类型")));
		records.event(v.caseId(), now(), "调查终结", v.text("cosignedBy"), "调查取证完成（" + v.text("investigatedBy") + "、"
				+ v.text("cosignedBy") + "），裁量基准建议：" + discretion.get("discretionGrade") + "，罚款 "
				+ plain(number(discretion.get("fineMin"))) + "–" + plain(number(discretion.get("fineMax"))) + " 元，建议 "
				+ plain(number(discretion.get("suggestedFine"))) + " 元");
	}

	/** 案件审查: the outcome and, for a penalty, which reviews and rights it brings. */
	void recordCaseReview(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String outcome = v.requiredText("caseOutcome", "处理意见");
		if (!List.of("PENALTY", "NO_PENALTY", "NOT_ESTABLISHED", "TRANSFER").contains(outcome)) {
			throw refused("未知的处理意见：" + outcome);
		}
		String opinion = v.requiredText("reviewOpinion", "审查意见");
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("outcome", outcome);
		columns.put("reviewer", v.text("reviewedBy"));
		boolean legalReview = v.flag("majorCase");
		boolean collective = false;
		boolean hearingRight = false;
		if (outcome.equals("PENALTY")) {
			BigDecimal fine = v.requiredAmount("fineAmount", "拟罚款金额");
			v.requiredText("penaltyProvision", "处罚依据条款");
			if (v.flag("correctionOrdered")) {
				v.requiredText("correctionDemand", "责令改正内容");
			}
			boolean productionStop = v.flag("productionStop");
			hearingRight = fine.compareTo(settings.hearingThreshold()) >= 0 || productionStop;
			legalReview = legalReview || hearingRight;
			collective = fine.compareTo(settings.collectiveDiscussionThreshold()) >= 0 || productionStop;
			columns.put("fine_amount", fine);
			BigDecimal min = v.amount("fineMin");
			BigDecimal max = v.amount("fineMax");
			if (min != null && max != null && (fine.compareTo(min) < 0 || fine.compareTo(max) > 0)) {
				records.event(v.caseId(), now(), "裁量说明", v.text("reviewedBy"), "拟罚款 " + plain(fine) + " 元偏离裁量基准 "
						+ plain(min) + "–" + plain(max) + " 元，理由见审查意见：" + opinion);
			}
		}
		v.set("correctionOrdered", outcome.equals("PENALTY") && v.flag("correctionOrdered"));
		v.set("legalReviewRequired", legalReview);
		v.set("collectiveDiscussionRequired", collective);
		v.set("hearingRight", hearingRight);
		v.set("caseOutcomeLabel", outcomeLabel(outcome));
		records.update(v.caseId(), columns);
		records.event(v.caseId(), now(), "案件审查", v.text("reviewedBy"), outcomeLabel(outcome)
				+ (outcome.equals("PENALTY") ? "，拟罚款 " + plain(v.amount("fineAmount")) + " 元" : "") + (legalReview ? "；需法制审核" : "")
				+ (collective ? "；需集体讨论" : "") + "。" + opinion);
	}

	/** No penalty: the violation is not established, or it is minor and corrected (首违不罚). */
	void recordNoPenalty(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String outcome = v.text("caseOutcome");
		records.update(v.caseId(), Map.of("outcome", outcome == null ? "NO_PENALTY" : outcome));
		records.event(v.caseId(), now(), "不予处罚", v.text("reviewedBy"), outcomeLabel(outcome) + "：" + v.text("reviewOpinion"));
	}

	/** Transfer to the police or the judiciary (涉嫌犯罪或需行政拘留). */
	void recordTransfer(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String to = v.requiredText("receivingAuthority", "接收机关");
		String reason = v.requiredText("transferReason", "移送理由");
		records.update(v.caseId(), Map.of("outcome", "TRANSFER"));
		records.event(v.caseId(), now(), "移送", actor(execution), "移送 " + to + "：" + reason);
	}

	/** The discretion table's amounts as doubles, whatever number type the decision engine gave. */
	private static Object number(Object value) {
		return value instanceof Number n ? n.doubleValue() : value;
	}

}

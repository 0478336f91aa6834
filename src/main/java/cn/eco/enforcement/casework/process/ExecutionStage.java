package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseTexts.plain;
import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;
import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.documents.DocumentKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * 执行: payment of the fine with its late surcharge or court enforcement, the re-inspection of a
 * correction order, and the daily penalty (按日连续处罚) with a new correction order each cycle. Owns the
 * payment and re-inspection periods that the service of a decision starts.
 */
@Component
class ExecutionStage {

	private final CaseRecords records;

	private final CaseProcedureSettings settings;

	private final CaseDocuments documents;

	ExecutionStage(CaseRecords records, CaseProcedureSettings settings, CaseDocuments documents) {
		this.records = records;
		this.settings = settings;
		this.documents = documents;
	}

	/** 执行: the fine plus the late surcharge (3 % a day, at most the fine), or court enforcement. */
	void settlePayment(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String outcome = v.requiredText("executionOutcome", "执行情况");
		BigDecimal fine = v.requiredAmount("decisionFineAmount", "罚款金额");
		if (outcome.equals("COURT_ENFORCEMENT")) {
			records.update(v.caseId(), Map.of("status", "EXECUTED"));
			records.event(v.caseId(), now(), "执行", actor(execution), "当事人逾期不履行，申请人民法院强制执行");
			return;
		}
		if (!outcome.equals("PAID")) {
			throw refused("未知的执行情况：" + outcome);
		}
		LocalDate paidOn = v.day("paidOn", "缴款日期");
		LocalDate due = v.instant("paymentDueAt").toLocalDate();
		long daysLate = Math.max(0, ChronoUnit.DAYS.between(due, paidOn));
		BigDecimal surcharge = fine.multiply(settings.lateSurchargeRate())
			.multiply(BigDecimal.valueOf(daysLate))
			.min(fine)
			.setScale(2, RoundingMode.HALF_UP);
		BigDecimal owed = fine.add(surcharge);
		BigDecimal paid = v.requiredAmount("amountPaid", "实缴金额");
		if (paid.compareTo(owed) < 0) {
			throw refused("实缴金额不足：应缴 " + plain(owed) + " 元（罚款 " + plain(fine) + " 元" + (daysLate > 0 ? "，逾期 " + daysLate
					+ " 日加处罚款 " + plain(surcharge) + " 元" : "") + "），实缴 " + plain(paid) + " 元");
		}
		v.set("lateSurcharge", surcharge.doubleValue());
		records.update(v.caseId(), Map.of("status", "EXECUTED", "paid_at", paidOn.atStartOfDay(CaseVariables.ZONE).toOffsetDateTime(),
				"amount_paid", paid, "late_surcharge", surcharge));
		records.event(v.caseId(), now(), "执行", actor(execution), "已缴纳罚款 " + plain(fine) + " 元" + (daysLate > 0
				? "及逾期 " + daysLate + " 日加处罚款 " + plain(surcharge) + " 元" : "") + "，缴款日期 " + CaseVariables.day(paidOn));
	}

	/** 复查: still discharging → days from the day after the order's service to the day found × the fine. */
	void recordReInspection(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		LocalDate inspectedOn = v.day("reInspectedOn", "复查日期");
		LocalDate servedOn = v.day("correctionServedOn", "责令改正决定书送达日期");
		if (inspectedOn.isBefore(servedOn)) {
			throw refused("复查日期不能早于责令改正决定书送达日期 " + CaseVariables.day(servedOn));
		}
		String record = v.requiredText("reInspectionRecord", "复查记录");
		if (!v.flag("stillViolating")) {
			records.correctionOrderComplied(v.caseId(), inspectedOn);
			records.event(v.caseId(), now(), "复查", actor(execution), CaseVariables.day(inspectedOn) + " 复查，已改正违法行为。" + record);
			return;
		}
		long days = Math.max(1, ChronoUnit.DAYS.between(servedOn, inspectedOn));
		BigDecimal fine = v.requiredAmount("decisionFineAmount", "原处罚数额");
		BigDecimal amount = fine.multiply(BigDecimal.valueOf(days));
		v.set("dailyPenaltyDays", days);
		v.set("dailyPenaltyAmount", amount.doubleValue());
		records.event(v.caseId(), now(), "复查", actor(execution), CaseVariables.day(inspectedOn) + " 复查发现拒不改正，计罚 " + days
				+ " 日，按日连续处罚 " + plain(amount) + " 元。" + record);
	}

	/** 按日连续处罚: the amount is added, and a new correction order starts the next cycle. */
	void issueDailyPenalty(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		BigDecimal amount = v.requiredAmount("dailyPenaltyAmount", "按日连续处罚金额");
		records.addDailyPenalty(v.caseId(), amount);
		int cycle = v.integer("dailyPenaltyCycles", 0) + 1;
		v.set("dailyPenaltyCycles", cycle);
		LocalDate today = now().atZoneSameInstant(CaseVariables.ZONE).toLocalDate();
		documents.render(execution, v, DocumentKind.CORRECTION_ORDER);
		correctionServed(v, today);
		v.set("stillViolating", false);
		records.event(v.caseId(), now(), "按日连续处罚", actor(execution), "第 " + cycle + " 轮按日连续处罚 " + plain(amount)
				+ " 元，再次责令改正并当场送达；复查期限至 " + v.text("reInspectionDueDate"));
	}

	/** The payment period from the day the decision was served, and the note on the late surcharge. */
	void paymentDeadline(CaseVariables v, LocalDate servedOn) {
		OffsetDateTime due = servedOn.plus(settings.paymentPeriod()).atTime(23, 59).atZone(CaseVariables.ZONE).toOffsetDateTime();
		v.deadline("paymentDue", due);
		v.set("lateSurchargeNote", "请于 " + v.text("paymentDueDate") + " 前缴纳；逾期每日按罚款数额的"
				+ settings.lateSurchargeRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%加处罚款，加处罚款总额不超过罚款数额。");
		records.update(v.caseId(), Map.of("payment_due_at", due));
	}

	/** A correction order served: the re-inspection is due within the configured period. */
	void correctionServed(CaseVariables v, LocalDate servedOn) {
		records.correctionOrderServed(v.caseId(), servedOn);
		v.set("correctionServedOn", servedOn.toString());
		v.deadline("reInspectionDue", servedOn.plus(settings.reInspectionPeriod()).atTime(23, 59).atZone(CaseVariables.ZONE).toOffsetDateTime());
	}

}

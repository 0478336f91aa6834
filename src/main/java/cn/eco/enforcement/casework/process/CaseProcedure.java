package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.casework.CaseDeadlinePassed;
import cn.eco.enforcement.casework.internal.CaseFiling;
import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.casework.internal.FiledDossiers;
import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;
import cn.eco.enforcement.documents.LegalDocuments;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code case-filing} after the filing approval, one method per service task; the
 * service tasks name this bean ({@code ${caseProcedure}}) and {@link #execute} picks the step by the
 * task's id, so that a refusal reaches Tasklist and REST callers as a 400, not wrapped in an
 * expression error. Each step checks what the law requires of
 * the task just completed, records the stage on the case and its timeline, renders the legal
 * document the stage produces and sets the next deadline. A refusal rolls back the completion of the
 * user task before it, so Tasklist shows the message and the task stays open.
 */
@Component("caseProcedure")
public class CaseProcedure implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(CaseProcedure.class);

	private final CaseRecords records;

	private final CaseFiling caseFiling;

	private final CaseProcedureSettings settings;

	private final LegalDocuments documents;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final ApplicationEventPublisher events;

	private final FiledDossiers dossiers;

	CaseProcedure(CaseRecords records, CaseFiling caseFiling, CaseProcedureSettings settings, LegalDocuments documents,
			EnterpriseApi enterprises, GridApi grid, ApplicationEventPublisher events, FiledDossiers dossiers) {
		this.records = records;
		this.caseFiling = caseFiling;
		this.settings = settings;
		this.documents = documents;
		this.enterprises = enterprises;
		this.grid = grid;
		this.events = events;
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		switch (execution.getCurrentActivityId()) {
			case "Task_RecordFilingDecision" -> recordFilingDecision(execution);
			case "Task_RecordSimplifiedDecision" -> recordSimplifiedDecision(execution);
			case "Task_RecordDiscretion" -> recordDiscretion(execution);
			case "Task_RecordCaseReview" -> recordCaseReview(execution);
			case "Task_RecordNoPenalty" -> recordNoPenalty(execution);
			case "Task_RecordTransfer" -> recordTransfer(execution);
			case "Task_IssuePriorNotice" -> issuePriorNotice(execution);
			case "Task_RecordWaiver" -> recordWaiver(execution);
			case "Task_RecordHearingSchedule" -> scheduleHearing(execution);
			case "Task_RecordHearing" -> recordHearing(execution);
			case "Task_IssueDecision" -> issueDecision(execution);
			case "Task_NotifyServiceOverdue" -> notifyOverdue(execution, "SERVICE");
			case "Task_RecordService" -> recordService(execution);
			case "Task_NotifyPaymentOverdue" -> notifyOverdue(execution, "PAYMENT");
			case "Task_SettlePayment" -> settlePayment(execution);
			case "Task_NotifyReInspectionOverdue" -> notifyOverdue(execution, "RE_INSPECTION");
			case "Task_RecordReInspection" -> recordReInspection(execution);
			case "Task_IssueDailyPenalty" -> issueDailyPenalty(execution);
			case "Task_CloseCase" -> closeCase(execution);
			case "Task_CheckDecisionClock" -> checkDecisionClock(execution);
			case "Task_RecordExtension" -> recordExtension(execution);
			default -> throw new IllegalStateException("caseProcedure has no step for " + execution.getCurrentActivityId());
		}
	}

	/** 立案审批: the decision, the procedure, two distinct certified investigators, and the 90-day clock. */
	public void recordFilingDecision(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		boolean approved = v.flag("filingApproved");
		v.set("filingApproved", approved);
		String opinion = v.requiredText("filingOpinion", "审批意见");
		long caseId = v.caseId();
		OffsetDateTime now = now();
		if (!approved) {
			caseFiling.recordFilingDecision(caseId, false, opinion);
			records.event(caseId, now, "不予立案", actor(execution), opinion);
			caseFiling.recordCaseEnded(caseId, actor(execution), "案源" + v.text("caseNumber") + "不予立案：" + opinion);
			return;
		}
		String procedure = v.text("procedure") == null ? "GENERAL" : v.text("procedure");
		if (!procedure.equals("GENERAL") && !procedure.equals("SIMPLIFIED")) {
			throw refused("未知的程序类型：" + procedure);
		}
		v.set("procedure", procedure);
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("procedure_kind", procedure);
		if (procedure.equals("GENERAL")) {
			StaffMember first = certifiedOfficer(v.text("investigator1"), "承办人一");
			StaffMember second = certifiedOfficer(v.text("investigator2"), "承办人二");
			if (first.userId().equals(second.userId())) {
				throw refused("调查取证须由两名不同的执法人员承办，承办人一与承办人二不能是同一人");
			}
			v.set("investigator1Name", first.name());
			v.set("investigator2Name", second.name());
			OffsetDateTime decisionDue = now.plus(settings.decisionPeriod());
			v.deadline("decisionDue", decisionDue);
			columns.put("investigator1", first.userId());
			columns.put("investigator2", second.userId());
			columns.put("decision_due_at", decisionDue);
		}
		String leadNumber = v.text("caseNumber");
		String caseNumber = caseFiling.assignCaseNumber(caseId, now.atZoneSameInstant(CaseVariables.ZONE).getYear());
		v.set("caseNumber", caseNumber);
		v.set("caseSummary", "案号：" + caseNumber + "（案源编号 " + leadNumber + "）"
				+ (v.text("caseSummary") == null ? "" : v.text("caseSummary").replaceFirst("^案源编号：[^\\n]*", "")));
		caseFiling.recordFilingDecision(caseId, true, opinion);
		records.update(caseId, columns);
		int repeatCount = priorViolations(v.text("enterpriseCode"));
		v.set("repeatCount", repeatCount);
		v.set("firstViolation", repeatCount == 0);
		render(execution, v, DocumentKind.FILING_APPROVAL);
		records.event(caseId, now, "立案", actor(execution), "准予立案，案号 " + caseNumber + "（" + (procedure.equals("GENERAL") ? "一般程序，承办人："
				+ v.text("investigator1Name") + "、" + v.text("investigator2Name") + "；办案期限至 " + v.text("decisionDueDate")
				: "简易程序") + "）。" + opinion);
	}

	/** 简易程序: a warning or a small fine decided and handed over on the spot. */
	public void recordSimplifiedDecision(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
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
		render(execution, v, DocumentKind.PENALTY_DECISION);
		paymentDeadline(v, now.toLocalDate());
		caseFiling.recordPenaltyDecided(v.caseId());
		records.event(v.caseId(), now, "当场处罚", actor(execution), "简易程序当场作出处罚决定并交付决定书：罚款 " + plain(fine) + " 元");
	}

	/** After the discretion table: its suggestion, flattened for the review form. */
	public void recordDiscretion(DelegateExecution execution) {
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
	public void recordCaseReview(DelegateExecution execution) {
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
	public void recordNoPenalty(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String outcome = v.text("caseOutcome");
		records.update(v.caseId(), Map.of("outcome", outcome == null ? "NO_PENALTY" : outcome));
		records.event(v.caseId(), now(), "不予处罚", v.text("reviewedBy"), outcomeLabel(outcome) + "：" + v.text("reviewOpinion"));
	}

	/** Transfer to the police or the judiciary (涉嫌犯罪或需行政拘留). */
	public void recordTransfer(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String to = v.requiredText("receivingAuthority", "接收机关");
		String reason = v.requiredText("transferReason", "移送理由");
		records.update(v.caseId(), Map.of("outcome", "TRANSFER"));
		records.event(v.caseId(), now(), "移送", actor(execution), "移送 " + to + "：" + reason);
	}

	/** 事先告知: the notice with the intended penalty and the party's rights, and the response period. */
	public void issuePriorNotice(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		OffsetDateTime now = now();
		v.set("noticedFine", v.amount("fineAmount").doubleValue());
		v.set("noticeIssuedOn", CaseVariables.day(now));
		v.deadline("responseDue", now.plus(settings.responsePeriod()));
		v.set("hearingRequested", false);
		records.update(v.caseId(), Map.of("status", "NOTICED"));
		render(execution, v, DocumentKind.PRIOR_NOTICE);
		records.event(v.caseId(), now, "事先告知", actor(execution), "送达行政处罚事先告知书，拟罚款 " + plain(v.amount("fineAmount"))
				+ " 元；陈述申辩" + (v.flag("hearingRight") ? "及听证申请" : "") + "期限至 " + v.text("responseDueDate"));
	}

	/** The response period ended without a statement: the party is taken to have waived it. */
	public void recordWaiver(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		v.set("hearingRequested", false);
		v.set("partyStatement", "当事人在规定期限内未提出陈述、申辩，也未申请听证，视为放弃");
		records.event(v.caseId(), now(), "陈述申辩期届满", null, "当事人逾期未陈述申辩、未申请听证，视为放弃");
	}

	/** 听证通知: at least 7 days ahead, chaired by a non-investigator; the decision clock pauses. */
	public void scheduleHearing(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		LocalDate hearingDay = v.day("hearingDate", "听证日期");
		LocalDate noticeServed = v.day("hearingNoticeServedOn", "听证通知送达日期");
		if (hearingDay.isBefore(noticeServed.plusDays(settings.hearingNoticeDays()))) {
			throw refused("听证通知应在举行听证的 " + settings.hearingNoticeDays() + " 日前送达当事人：通知送达于 "
					+ CaseVariables.day(noticeServed) + "，听证最早可定于 " + CaseVariables.day(noticeServed.plusDays(settings.hearingNoticeDays())));
		}
		String chair = v.requiredText("hearingChair", "听证主持人");
		if (chair.equals(v.text("investigator1")) || chair.equals(v.text("investigator2"))) {
			throw refused("听证主持人不得由本案调查人员担任（回避）");
		}
		StaffMember chairman = grid.findStaff(chair).orElseThrow(() -> refused("听证主持人不存在：" + chair));
		v.set("hearingChairName", chairman.name());
		OffsetDateTime at = hearingDay.atTime(9, 0).atZone(CaseVariables.ZONE).toOffsetDateTime();
		v.set("hearingAt", java.util.Date.from(at.toInstant()));
		v.set("hearingPausedFrom", java.util.Date.from(now().toInstant()));
		records.update(v.caseId(), Map.of("status", "HEARING"));
		records.event(v.caseId(), now(), "听证通知", actor(execution), "定于 " + CaseVariables.day(hearingDay) + " 在 "
				+ v.requiredText("hearingPlace", "听证地点") + " 举行听证，主持人 " + chairman.name() + "；听证期间不计入办案期限");
		OffsetDateTime due = records.find(v.caseId()).orElseThrow().decisionDueAt();
		records.event(v.caseId(), now(), "办案期限中止", actor(execution), "自 " + CaseVariables.day(now()) + " 起办案期限中止计算（听证程序）"
				+ (due == null ? "" : "，中止前期限至 " + CaseVariables.day(due)));
	}

	/** After the hearing: the days it took are added to the decision clock. */
	public void recordHearing(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		OffsetDateTime from = v.instant("hearingPausedFrom");
		OffsetDateTime now = now();
		int paused = (int) Math.max(0, Math.ceil(Duration.between(from, now).toHours() / 24.0));
		records.addPausedDays(v.caseId(), paused);
		CaseRow row = records.find(v.caseId()).orElseThrow();
		OffsetDateTime due = row.decisionDueAt() == null ? null : row.decisionDueAt().plusDays(paused);
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", "NOTICED");
		if (due != null) {
			columns.put("decision_due_at", due);
			v.deadline("decisionDue", due);
		}
		records.update(v.caseId(), columns);
		records.event(v.caseId(), now, "听证", v.text("hearingChair"), "举行听证。主持人意见：" + v.text("hearingOpinion")
				+ "（听证程序 " + paused + " 日不计入办案期限" + (due == null ? "" : "，办案期限顺延至 " + CaseVariables.day(due)) + "）");
		records.event(v.caseId(), now, "办案期限恢复", actor(execution), "听证结束，办案期限恢复计算：中止 " + paused + " 日"
				+ (due == null ? "" : "，期限顺延至 " + CaseVariables.day(due)));
	}

	/** 处罚决定: never heavier than the notice, then the decision (and correction order) documents. */
	public void issueDecision(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
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
		render(execution, v, DocumentKind.PENALTY_DECISION);
		if (v.flag("correctionOrdered")) {
			render(execution, v, DocumentKind.CORRECTION_ORDER);
		}
		v.deadline("serviceDue", now.plus(settings.servicePeriod()));
		caseFiling.recordPenaltyDecided(v.caseId());
		records.event(v.caseId(), now, "处罚决定", actor(execution), "作出行政处罚决定：罚款 " + plain(fine) + " 元"
				+ (v.flag("correctionOrdered") ? "，并责令改正违法行为" : "") + "。送达期限至 " + v.text("serviceDueDate"));
	}

	/** 送达: when and how; payment and re-inspection periods run from here. */
	public void recordService(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		LocalDate servedOn = v.day("servedOn", "送达日期");
		String method = v.requiredText("serviceMethod", "送达方式");
		records.update(v.caseId(), Map.of("status", "SERVED", "served_at", servedOn.atStartOfDay(CaseVariables.ZONE).toOffsetDateTime()));
		paymentDeadline(v, servedOn);
		if (v.flag("correctionOrdered")) {
			correctionServed(v, servedOn);
		}
		records.event(v.caseId(), now(), "送达", actor(execution), serviceMethodLabel(method) + "处罚决定书，送达日期 "
				+ CaseVariables.day(servedOn) + "；缴款期限至 " + v.text("paymentDueDate"));
	}

	/** 执行: the fine plus the late surcharge (3 % a day, at most the fine), or court enforcement. */
	public void settlePayment(DelegateExecution execution) {
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
	public void recordReInspection(DelegateExecution execution) {
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
	public void issueDailyPenalty(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		BigDecimal amount = v.requiredAmount("dailyPenaltyAmount", "按日连续处罚金额");
		records.addDailyPenalty(v.caseId(), amount);
		int cycle = v.integer("dailyPenaltyCycles", 0) + 1;
		v.set("dailyPenaltyCycles", cycle);
		LocalDate today = now().atZoneSameInstant(CaseVariables.ZONE).toLocalDate();
		render(execution, v, DocumentKind.CORRECTION_ORDER);
		correctionServed(v, today);
		v.set("stillViolating", false);
		records.event(v.caseId(), now(), "按日连续处罚", actor(execution), "第 " + cycle + " 轮按日连续处罚 " + plain(amount)
				+ " 元，再次责令改正并当场送达；复查期限至 " + v.text("reInspectionDueDate"));
	}

	/** A deadline passed: a timeline entry and mail to the officers and supervisors. */
	public void notifyOverdue(DelegateExecution execution, String stage) {
		CaseVariables v = CaseVariables.of(execution);
		String name = switch (stage) {
			case "SERVICE" -> "送达处罚决定书";
			case "PAYMENT" -> "缴纳罚款（逾期起每日加处罚款数额的3%）";
			case "RE_INSPECTION" -> "责令改正后的复查";
			default -> "作出处罚决定";
		};
		v.set(switch (stage) {
			case "SERVICE" -> "serviceOverdue";
			case "PAYMENT" -> "paymentOverdue";
			case "RE_INSPECTION" -> "reInspectionOverdue";
			default -> "decisionOverdue";
		}, true);
		records.event(v.caseId(), now(), "超期", null, name + "已超过期限");
		events.publishEvent(new CaseDeadlinePassed(v.caseId(), v.text("caseNumber"), v.text("enterpriseName"), stage, name,
				officers(v)));
	}

	/** The daily look at the 90-day clock: asks for an extension when it is close or has passed. */
	public void checkDecisionClock(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		v.set("extensionNeeded", false);
		CaseRow row = records.find(v.caseId()).orElseThrow();
		if (row.decisionDueAt() == null || !List.of("FILED", "UNDER_REVIEW", "NOTICED").contains(row.status())) {
			return;
		}
		OffsetDateTime now = now();
		long remaining = ChronoUnit.DAYS.between(now.toLocalDate(), row.decisionDueAt().toLocalDate());
		v.set("remainingDays", remaining);
		v.deadline("decisionDue", row.decisionDueAt());
		String asked = CaseVariables.day(row.decisionDueAt());
		if (remaining > settings.decisionWarning().getDays() || asked.equals(v.text("extensionAskedFor"))) {
			return;
		}
		v.set("extensionAskedFor", asked);
		v.set("extensionNeeded", true);
		records.event(v.caseId(), now, "办案期限", null, remaining < 0 ? "已超过办案期限 " + (-remaining) + " 日，提请延期审批"
				: "距办案期限届满还有 " + remaining + " 日，提请延期审批");
		if (remaining < 0) {
			events.publishEvent(new CaseDeadlinePassed(v.caseId(), v.text("caseNumber"), v.text("enterpriseName"), "DECISION",
					"作出处罚决定（立案之日起90日）", officers(v)));
		}
	}

	/** 延期审批: an approved extension moves the clock by at most the configured days. */
	public void recordExtension(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String reason = v.requiredText("extensionReason", "延期理由");
		if (!v.flag("extensionApproved")) {
			records.event(v.caseId(), now(), "延期审批", actor(execution), "不予延期：" + reason);
			return;
		}
		int days = v.integer("extensionDays", 0);
		if (days < 1 || days > settings.maxExtensionDays()) {
			throw refused("延长天数应为 1–" + settings.maxExtensionDays() + " 日");
		}
		CaseRow row = records.find(v.caseId()).orElseThrow();
		OffsetDateTime due = row.decisionDueAt().plusDays(days);
		records.addExtensionDays(v.caseId(), days);
		records.update(v.caseId(), Map.of("decision_due_at", due));
		v.deadline("decisionDue", due);
		records.event(v.caseId(), now(), "延期审批", actor(execution), "批准延长办案期限 " + days + " 日至 " + CaseVariables.day(due) + "：" + reason);
	}

	/** 结案: closed and its dossier filed by the approver; the enterprise file shows the outcome. */
	public void closeCase(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String opinion = v.requiredText("closingOpinion", "结案意见");
		OffsetDateTime now = now();
		records.update(v.caseId(), Map.of("status", "CLOSED", "closed_at", now));
		records.event(v.caseId(), now, "结案", actor(execution), "结案归档：" + opinion);
		dossiers.file(v.caseId(), actor(execution), now);
		caseFiling.recordCaseEnded(v.caseId(), actor(execution),
				"案件" + v.text("caseNumber") + "已结案（" + outcomeLabel(v.text("caseOutcome")) + "）");
		log.info("Case {} closed ({})", v.text("caseNumber"), v.text("caseOutcome"));
	}

	private void paymentDeadline(CaseVariables v, LocalDate servedOn) {
		OffsetDateTime due = servedOn.plus(settings.paymentPeriod()).atTime(23, 59).atZone(CaseVariables.ZONE).toOffsetDateTime();
		v.deadline("paymentDue", due);
		v.set("lateSurchargeNote", "请于 " + v.text("paymentDueDate") + " 前缴纳；逾期每日按罚款数额的"
				+ settings.lateSurchargeRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%加处罚款，加处罚款总额不超过罚款数额。");
		records.update(v.caseId(), Map.of("payment_due_at", due));
	}

	private void correctionServed(CaseVariables v, LocalDate servedOn) {
		records.correctionOrderServed(v.caseId(), servedOn);
		v.set("correctionServedOn", servedOn.toString());
		v.deadline("reInspectionDue", servedOn.plus(settings.reInspectionPeriod()).atTime(23, 59).atZone(CaseVariables.ZONE).toOffsetDateTime());
	}

	private StaffMember certifiedOfficer(String userId, String label) {
		if (userId == null || userId.isBlank()) {
			throw refused("一般程序须指定两名持有执法证的执法人员：请选择" + label);
		}
		StaffMember member = grid.findStaff(userId).orElseThrow(() -> refused(label + "不存在：" + userId));
		if (!member.certified()) {
			throw refused(member.name() + " 未持有执法证，不能承办调查取证");
		}
		return member;
	}

	private int priorViolations(String enterpriseCode) {
		if (enterpriseCode == null) {
			return 0;
		}
		LocalDate since = now().toLocalDate().minus(settings.limitationPeriod());
		return Math.max(0, enterprises.violationDates(enterpriseCode, since).size() - 1);
	}

	/** Renders a document of the case from its variables and stores it with the case. */
	private void render(DelegateExecution execution, CaseVariables v, DocumentKind kind) {
		EnterpriseProfile party = enterprises.find(v.text("enterpriseCode")).orElse(null);
		boolean decision = kind == DocumentKind.PENALTY_DECISION;
		BigDecimal fine = decision ? firstAmount(v, "decisionFineAmount", "fineAmount") : v.amount("fineAmount");
		List<String> officers = new ArrayList<>();
		for (String id : officers(v)) {
			grid.findStaff(id).ifPresent(s -> officers.add(s.name() + "（执法证号 " + s.certificateNo() + "）"));
		}
		OffsetDateTime now = now();
		// A correction order is a document of its own, numbered apart from the case (and anew each cycle).
		String number = v.text("caseNumber");
		if (kind == DocumentKind.CORRECTION_ORDER) {
			int year = now.atZoneSameInstant(CaseVariables.ZONE).getYear();
			number = settings.correctionOrderNumber(year, records.nextCorrectionOrderNumber(year));
			records.correctionOrderIssued(v.caseId(), number, now);
		}
		CaseDocument data = new CaseDocument(number, settings.authorityName(),
				now.atZoneSameInstant(CaseVariables.ZONE).toLocalDate(), party == null ? v.text("enterpriseName") : party.name(),
				party == null ? null : party.creditCode(), party == null ? null : party.address(), null,
				kind == DocumentKind.FILING_APPROVAL ? v.text("caseSummary") : v.text("facts"), evidence(v.text("evidenceList")),
				v.text("violatedProvision"), v.text("penaltyProvision"), kind == DocumentKind.FILING_APPROVAL ? null : fine,
				kind == DocumentKind.CORRECTION_ORDER || v.flag("correctionOrdered") ? v.text("correctionDemand") : null,
				kind == DocumentKind.CORRECTION_ORDER ? now.toLocalDate().plusDays(settings.reInspectionPeriod().getDays()) : null,
				officers, v.text("filingOpinion"), actor(execution), settings.responsePeriod().getDays(), v.flag("hearingRight"),
				settings.paymentPeriod().getDays(), settings.paymentAccount(), null, v.text("caseSource"));
		byte[] pdf = documents.render(kind, data);
		long id = records.issueDocument(v.caseId(), kind.name(), kind.title(), kind.fileName(number), pdf, now, actor(execution));
		String link = "[" + kind.title() + "](/api/cases/" + v.caseId() + "/documents/" + id + ")";
		String links = v.text("documentLinks");
		v.set("documentLinks", links == null || links.isEmpty() ? link : links + "　" + link);
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

	private static BigDecimal firstAmount(CaseVariables v, String... names) {
		for (String name : names) {
			BigDecimal value = v.amount(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static List<String> evidence(String list) {
		return list == null ? List.of() : Arrays.stream(list.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> officers(CaseVariables v) {
		List<String> ids = new ArrayList<>();
		for (String name : List.of("investigator1", "investigator2", "leadInspector")) {
			String id = v.text(name);
			if (id != null && !ids.contains(id) && (ids.size() < 2 || !name.equals("leadInspector"))) {
				ids.add(id);
			}
		}
		return ids.size() > 2 ? ids.subList(0, 2) : ids;
	}

	private static Object number(Object value) {
		return value instanceof Number n ? n.doubleValue() : value;
	}

	private static String plain(Object amount) {
		if (amount == null) {
			return "—";
		}
		return new BigDecimal(amount.toString()).stripTrailingZeros().toPlainString();
	}

	static String outcomeLabel(String outcome) {
		return switch (outcome == null ? "" : outcome) {
			case "PENALTY" -> "给予行政处罚";
			case "NO_PENALTY" -> "不予处罚（首违不罚或轻微并及时改正）";
			case "NOT_ESTABLISHED" -> "违法事实不成立，不予处罚";
			case "TRANSFER" -> "移送公安机关或司法机关";
			default -> "—";
		};
	}

	private static String serviceMethodLabel(String method) {
		return switch (method) {
			case "DIRECT" -> "直接送达";
			case "LEFT" -> "留置送达";
			case "ENTRUSTED" -> "委托送达";
			case "POST" -> "邮寄送达";
			case "PUBLIC_NOTICE" -> "公告送达";
			case "ELECTRONIC" -> "电子送达";
			default -> throw refused("未知的送达方式：" + method);
		};
	}

	private static String actor(DelegateExecution execution) {
		String user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
				: execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
		return user;
	}

	/** The engine's clock, so that tests moving it forward move every deadline with it. */
	private static OffsetDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(CaseVariables.ZONE).toOffsetDateTime();
	}

}

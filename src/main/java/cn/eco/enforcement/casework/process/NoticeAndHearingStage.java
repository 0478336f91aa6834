package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseTexts.plain;
import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;
import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.documents.DocumentKind;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * 事先告知、陈述申辩与听证: the prior notice and its response period, a waiver when the period ends in
 * silence, and a hearing — noticed in time, chaired by someone outside the investigation, its days
 * kept out of the 90-day clock.
 */
@Component
class NoticeAndHearingStage {

	private final CaseRecords records;

	private final CaseProcedureSettings settings;

	private final CaseDocuments documents;

	private final GridApi grid;

	NoticeAndHearingStage(CaseRecords records, CaseProcedureSettings settings, CaseDocuments documents, GridApi grid) {
		this.records = records;
		this.settings = settings;
		this.documents = documents;
		this.grid = grid;
	}

	/** 事先告知: the notice with the intended penalty and the party's rights, and the response period. */
	void issuePriorNotice(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		OffsetDateTime now = now();
		v.set("noticedFine", v.amount("fineAmount").doubleValue());
		v.set("noticeIssuedOn", CaseVariables.day(now));
		v.deadline("responseDue", now.plus(settings.responsePeriod()));
		v.set("hearingRequested", false);
		records.update(v.caseId(), Map.of("status", "NOTICED"));
		documents.render(execution, v, DocumentKind.PRIOR_NOTICE);
		records.event(v.caseId(), now, "事先告知", actor(execution), "送达行政处罚事先告知书，拟罚款 " + plain(v.amount("fineAmount"))
				+ " 元；陈述申辩" + (v.flag("hearingRight") ? "及听证申请" : "") + "期限至 " + v.text("responseDueDate"));
	}

	/** The response period ended without a statement: the party is taken to have waived it. */
	void recordWaiver(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		v.set("hearingRequested", false);
		v.set("partyStatement", "当事人在规定期限内未提出陈述、申辩，也未申请听证，视为放弃");
		records.event(v.caseId(), now(), "陈述申辩期届满", null, "当事人逾期未陈述申辩、未申请听证，视为放弃");
	}

	/** 听证通知: at least 7 days ahead, chaired by a non-investigator; the decision clock pauses. */
	void scheduleHearing(DelegateExecution execution) {
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
		v.set("hearingAt", Date.from(at.toInstant()));
		v.set("hearingPausedFrom", Date.from(now().toInstant()));
		records.update(v.caseId(), Map.of("status", "HEARING"));
		records.event(v.caseId(), now(), "听证通知", actor(execution), "定于 " + CaseVariables.day(hearingDay) + " 在 "
				+ v.requiredText("hearingPlace", "听证地点") + " 举行听证，主持人 " + chairman.name() + "；听证期间不计入办案期限");
		OffsetDateTime due = records.find(v.caseId()).orElseThrow().decisionDueAt();
		records.event(v.caseId(), now(), "办案期限中止", actor(execution), "自 " + CaseVariables.day(now()) + " 起办案期限中止计算（听证程序）"
				+ (due == null ? "" : "，中止前期限至 " + CaseVariables.day(due)));
	}

	/** After the hearing: the days it took are added to the decision clock. */
	void recordHearing(DelegateExecution execution) {
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

}

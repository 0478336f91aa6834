package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;
import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.casework.CaseDeadlinePassed;
import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The clocks that run beside the stages: the 90-day decision clock with its extensions, and the
 * service, payment and re-inspection deadlines, whose passing is put on the timeline and published as
 * {@link CaseDeadlinePassed} for the officers and supervisors.
 */
@Component
class CaseClocks {

	private final CaseRecords records;

	private final CaseProcedureSettings settings;

	private final ApplicationEventPublisher events;

	CaseClocks(CaseRecords records, CaseProcedureSettings settings, ApplicationEventPublisher events) {
		this.records = records;
		this.settings = settings;
		this.events = events;
	}

	/** A deadline passed: a timeline entry and mail to the officers and supervisors. */
	void notifyOverdue(DelegateExecution execution, String stage) {
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
				v.officers()));
	}

	/** The daily look at the 90-day clock: asks for an extension when it is close or has passed. */
	void checkDecisionClock(DelegateExecution execution) {
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
					"作出处罚决定（立案之日起90日）", v.officers()));
		}
	}

	/** 延期审批: an approved extension moves the clock by at most the configured days. */
	void recordExtension(DelegateExecution execution) {
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

}

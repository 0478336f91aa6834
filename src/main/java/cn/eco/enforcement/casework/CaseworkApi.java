package cn.eco.enforcement.casework;

import java.time.LocalDate;
import java.util.List;

/** What the enforcement loops found, for other modules to show. */
public interface CaseworkApi {

	/** The firm's finished loops since the given day (newest first): when, how, and whether a violation was confirmed. */
	List<InspectionRecord> inspectionsOf(String enterpriseCode, LocalDate since);

	/** The firm's rectifications not yet closed, newest first. */
	List<RectificationSummary> openRectificationsOf(String enterpriseCode);

	/**
	 * An open rectification as the public may see it: where it came from, since when, until when.
	 *
	 * @param deadline null until the inspector sets it
	 */
	record RectificationSummary(String source, LocalDate openedOn, LocalDate deadline, boolean overdue) {
	}

	/** The firm's penalty decisions served on it since the given day, newest first. */
	List<PenaltyDecisionNotice> servedPenaltyDecisionsOf(String enterpriseCode, LocalDate since);

	/**
	 * Every firm's penalty decisions decided from {@code since} to {@code until} (both included) and
	 * served, newest first, in one read.
	 */
	List<ServedPenaltyDecision> servedPenaltyDecisions(LocalDate since, LocalDate until);

	/** A served penalty decision and the firm it was served on. */
	record ServedPenaltyDecision(String enterpriseCode, PenaltyDecisionNotice decision) {
	}

	/**
	 * A penalty decision as the public may see it once served: its number, date, legal basis and penalty;
	 * nothing of the investigation.
	 *
	 * @param violatedProvision the provision violated, if recorded
	 * @param penaltyProvision the provision the penalty rests on
	 * @param fineAmount the fine in yuan
	 */
	record PenaltyDecisionNotice(String decisionNumber, LocalDate decidedOn, String violatedProvision,
			String penaltyProvision, java.math.BigDecimal fineAmount, boolean correctionOrdered) {
	}

	/** The firm's correction orders (责令改正违法行为决定书) served and still in force, newest first. */
	List<CorrectionOrderNotice> correctionOrdersInForceOf(String enterpriseCode);

	/** A correction order in force: its document number and the day it was served. */
	record CorrectionOrderNotice(String orderNumber, LocalDate servedOn) {
	}

	/** Starts a self-inspection of the firm now (besides the monthly one); returns its process instance. */
	String startSelfInspection(String enterpriseCode);

	/**
	 * Records an environmental steward's (环保管家) health check of a firm and starts a tracked
	 * rectification for each finding.
	 * @return the report id and the rectification process instances, one per finding
	 */
	StewardReportRecorded recordStewardReport(String enterpriseCode, StewardReport report, String recordedBy);

	/** A third-party health-check report: who, when, what was found, and the 一企一策 plan. */
	record StewardReport(String provider, LocalDate reportDate, List<String> findings, String plan) {
	}

	/** What recording a steward report started. */
	record StewardReportRecorded(long reportId, List<String> rectificationProcessInstanceIds) {
	}

	/** The firm's case leads and cases, newest first. */
	List<CaseSummary> casesOf(String enterpriseCode);

	/**
	 * A case lead or case as staff see it in the enterprise file.
	 *
	 * @param status LEAD, LEAD_DROPPED, FILING_APPROVAL, FILED, NOT_FILED, UNDER_REVIEW, NOTICED, HEARING,
	 * DECIDED, SERVED, EXECUTED or CLOSED
	 * @param outcome once reviewed: PENALTY, NO_PENALTY, NOT_ESTABLISHED or TRANSFER
	 * @param fineAmount the fine proposed or decided, in yuan
	 * @param decidedAt when the penalty decision was made; null until the case is decided (the
	 * filing decision is not this date)
	 */
	record CaseSummary(long id, String caseNumber, long alarmId, String status, String leadInspector,
			java.time.OffsetDateTime openedAt, java.time.OffsetDateTime filingDueAt, java.time.OffsetDateTime decidedAt,
			String outcome, java.math.BigDecimal fineAmount, java.time.OffsetDateTime closedAt) {
	}

	/**
	 * One finished loop at an enterprise as the public may see it: no names, notes or case details.
	 *
	 * @param onSite whether someone went on site (off-site verification otherwise)
	 */
	record InspectionRecord(LocalDate date, boolean onSite, boolean violationFound) {
	}

	/** A case's status (see {@link CaseSummary#status}) as staff read it, e.g. 立案审批中. */
	static String statusLabel(String status) {
		return switch (status) {
			case "LEAD" -> "案源";
			case "LEAD_DROPPED" -> "案源已撤销";
			case "FILING_APPROVAL" -> "立案审批中";
			case "FILED" -> "已立案（调查取证）";
			case "NOT_FILED" -> "不予立案";
			case "UNDER_REVIEW" -> "案件审查";
			case "NOTICED" -> "已告知";
			case "HEARING" -> "听证";
			case "DECIDED" -> "已作出处罚决定";
			case "SERVED" -> "已送达";
			case "EXECUTED" -> "已执行";
			case "CLOSED" -> "已结案";
			default -> status;
		};
	}

}

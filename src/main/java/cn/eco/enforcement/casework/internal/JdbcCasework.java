package cn.eco.enforcement.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcCasework implements CaseworkApi {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Rectifications rectifications;

	private final SelfInspections selfInspections;

	private final java.time.Clock clock;

	JdbcCasework(JdbcClient jdbc, Rectifications rectifications, SelfInspections selfInspections, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.rectifications = rectifications;
		this.selfInspections = selfInspections;
	}

	@Override
	@Transactional
	public StewardReportRecorded recordStewardReport(String enterpriseCode, StewardReport report, String recordedBy) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO steward_report (enterprise_code, provider, report_date, findings, plan, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(enterpriseCode, report.provider(), report.reportDate(), report.findings().size(), report.plan(),
					recordedBy, OffsetDateTime.now(clock))
			.update(key, "id");
		List<String> rectifications = report.findings()
			.stream()
			.map(finding -> selfInspections.startRectification(enterpriseCode, finding, "环保管家"))
			.toList();
		return new StewardReportRecorded(key.getKey().longValue(), rectifications);
	}

	@Override
	public List<RectificationSummary> openRectificationsOf(String enterpriseCode) {
		return rectifications.openOf(enterpriseCode);
	}

	@Override
	@Transactional
	public String startSelfInspection(String enterpriseCode) {
		return selfInspections.start(enterpriseCode);
	}

	@Override
	public List<CaseSummary> casesOf(String enterpriseCode) {
		return jdbc.sql("""
				SELECT id, COALESCE(case_number, lead_number), alarm_id, status, lead_inspector, opened_at, filing_due_at, penalty_decided_at, outcome,
				       fine_amount, closed_at
				FROM enforcement_case WHERE enterprise_code = ? ORDER BY opened_at DESC""")
			.param(enterpriseCode)
			.query((rs, i) -> new CaseSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
					rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getBigDecimal(10),
					rs.getObject(11, OffsetDateTime.class)))
			.list();
	}

	private static final String SERVED_PENALTY_DECISIONS = """
			SELECT c.case_number, c.penalty_decided_at, c.violated_provision, c.penalty_provision, c.fine_amount,
			       EXISTS (SELECT 1 FROM correction_order o WHERE o.case_id = c.id) AS correction_ordered, c.enterprise_code
			FROM enforcement_case c
			WHERE c.outcome = 'PENALTY' AND c.case_number IS NOT NULL
			  AND c.penalty_decided_at IS NOT NULL AND c.served_at IS NOT NULL AND c.penalty_decided_at >= ?
			""";

	private static final String NEWEST_FIRST = " ORDER BY c.penalty_decided_at DESC, c.id DESC";

	@Override
	public List<PenaltyDecisionNotice> servedPenaltyDecisionsOf(String enterpriseCode, LocalDate since) {
		return jdbc.sql(SERVED_PENALTY_DECISIONS + " AND c.enterprise_code = ?" + NEWEST_FIRST)
			.params(since.atStartOfDay(CHINA).toOffsetDateTime(), enterpriseCode)
			.query((rs, i) -> penaltyDecisionNotice(rs))
			.list();
	}

	@Override
	public List<ServedPenaltyDecision> servedPenaltyDecisions(LocalDate since, LocalDate until) {
		return jdbc.sql(SERVED_PENALTY_DECISIONS + " AND c.penalty_decided_at < ?" + NEWEST_FIRST)
			.params(since.atStartOfDay(CHINA).toOffsetDateTime(), until.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime())
			.query((rs, i) -> new ServedPenaltyDecision(rs.getString(7), penaltyDecisionNotice(rs)))
			.list();
	}

	private static PenaltyDecisionNotice penaltyDecisionNotice(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PenaltyDecisionNotice(rs.getString(1),
				rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(CHINA).toLocalDate(), rs.getString(3),
				rs.getString(4), rs.getBigDecimal(5), rs.getBoolean(6));
	}

	@Override
	public List<CorrectionOrderNotice> correctionOrdersInForceOf(String enterpriseCode) {
		return jdbc.sql("""
				SELECT o.order_number, o.served_on FROM correction_order o JOIN enforcement_case c ON c.id = o.case_id
				WHERE c.enterprise_code = ? AND o.served_on IS NOT NULL AND o.ended_on IS NULL
				ORDER BY o.served_on DESC, o.id DESC""")
			.param(enterpriseCode)
			.query((rs, i) -> new CorrectionOrderNotice(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.list();
	}

	@Override
	public List<InspectionRecord> inspectionsOf(String enterpriseCode, LocalDate since) {
		return jdbc.sql("""
				SELECT reviewed_at, supervision_mode, handled_at, violation_found FROM loop_assessment
				WHERE enterprise_code = ? AND reviewed_at >= ? ORDER BY reviewed_at DESC""")
			.params(enterpriseCode, since.atStartOfDay(CHINA).toOffsetDateTime())
			.query((rs, i) -> {
				OffsetDateTime at = rs.getObject("handled_at", OffsetDateTime.class);
				OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
				return new InspectionRecord((at == null ? reviewed : at).atZoneSameInstant(CHINA).toLocalDate(),
						!"OFF_SITE".equals(rs.getString("supervision_mode")), rs.getBoolean("violation_found"));
			})
			.list();
	}

}

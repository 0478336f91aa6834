package cn.eco.enforcement.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.casework.CaseworkApi.PenaltyDecisionNotice;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.monitoring.MonitoringApi;

import org.springframework.stereotype.Service;

/**
 * Assembles an enterprise's public record from its QR token. Enforcement appears only as decided: the
 * penalty decisions served and the correction orders in force; the compliance history and the repeat
 * badge count served decisions, never findings awaiting one.
 */
@Service
class PublicRecords {

	private static final int SHOWN_INSPECTIONS = 10;

	private final EnterpriseApi enterprises;

	private final MonitoringApi monitoring;

	private final CaseworkApi casework;

	private final Clock clock;

	PublicRecords(EnterpriseApi enterprises, MonitoringApi monitoring, CaseworkApi casework, Clock clock) {
		this.enterprises = enterprises;
		this.monitoring = monitoring;
		this.casework = casework;
		this.clock = clock;
	}

	Optional<PublicRecord> byToken(String token) {
		return enterprises.findByQrToken(token).map(e -> record(token, e));
	}

	private PublicRecord record(String token, EnterpriseProfile e) {
		LocalDate today = LocalDate.now(clock);
		var decisions = casework.servedPenaltyDecisionsOf(e.code(), today.minusYears(3));
		var history = ComplianceHistory.of(decisions.stream().map(PenaltyDecisionNotice::decidedOn).toList(), today);
		long decisionsInAYear = decisions.stream().filter(d -> d.decidedOn().isAfter(today.minusYears(1))).count();
		var inspections = casework.inspectionsOf(e.code(), today.minusYears(1))
			.stream()
			.limit(SHOWN_INSPECTIONS)
			.map(i -> new PublicRecord.Inspection(i.date(), i.onSite()))
			.toList();
		return new PublicRecord(token, e.name(), e.permitNumber(), e.category(), e.positiveList(), decisionsInAYear >= 2,
				monitoring.latestValues(e.code()), inspections, decisions, casework.correctionOrdersInForceOf(e.code()),
				casework.openRectificationsOf(e.code()), history);
	}

}

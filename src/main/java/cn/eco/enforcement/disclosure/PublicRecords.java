package cn.eco.enforcement.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.monitoring.MonitoringApi;

import org.springframework.stereotype.Service;

/** Assembles an enterprise's public record from its QR token. */
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
		return enterprises.findByQrToken(token).map(this::record);
	}

	private PublicRecord record(EnterpriseProfile e) {
		LocalDate today = LocalDate.now(clock);
		var history = ComplianceHistory.of(enterprises.violationDates(e.code(), today.minusYears(3)), today);
		var inspections = casework.inspectionsOf(e.code(), today.minusYears(1));
		return new PublicRecord(e.name(), e.permitNumber(), e.category(), e.positiveList(),
				e.confirmedViolations12m() >= 2, monitoring.latestValues(e.code()),
				inspections.subList(0, Math.min(SHOWN_INSPECTIONS, inspections.size())),
				casework.openRectificationsOf(e.code()), history);
	}

}

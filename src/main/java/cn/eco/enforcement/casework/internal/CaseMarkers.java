package cn.eco.enforcement.casework.internal;

import java.util.List;
import java.util.Set;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;

import org.springframework.stereotype.Component;

/** Open cases on the enforcement map, at their party's address; status is the case's stage. */
@Component
class CaseMarkers implements MapMarkerSource {

	private static final Set<String> FINISHED = Set.of("CLOSED", "NOT_FILED", "LEAD_DROPPED");

	private final CaseRecords records;

	private final EnterpriseApi enterprises;

	CaseMarkers(CaseRecords records, EnterpriseApi enterprises) {
		this.records = records;
		this.enterprises = enterprises;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(MapMarker.CASE)) {
			return List.of();
		}
		return records.list(null, null, null, 1000)
			.stream()
			.filter(row -> !FINISHED.contains(row.status()) && row.enterpriseCode() != null)
			.flatMap(row -> enterprises.find(row.enterpriseCode())
				.filter(firm -> firm.longitude() != null && firm.latitude() != null && filter.covers(firm.squadronCode()))
				.map(firm -> new MapMarker(MapMarker.CASE, Long.toString(row.id()), row.caseNumber() + " " + firm.name(),
						firm.longitude(), firm.latitude(), firm.code(), row.status(), MapMarker.enterpriseFileLink(firm.code())))
				.stream())
			.toList();
	}

}

package cn.eco.enforcement.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;

import org.springframework.stereotype.Component;

/** Open cases on the enforcement map, at their party's address; status is the case's stage. */
@Component
class CaseMarkers implements MapMarkerSource {

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
		Map<String, EnterpriseProfile> firms = enterprises.list()
			.stream()
			.collect(Collectors.toMap(EnterpriseProfile::code, Function.identity()));
		return records.open()
			.stream()
			.filter(row -> row.enterpriseCode() != null)
			.flatMap(row -> Optional.ofNullable(firms.get(row.enterpriseCode()))
				.filter(firm -> firm.longitude() != null && firm.latitude() != null && filter.covers(firm.squadronCode()))
				.map(firm -> new MapMarker(MapMarker.CASE, Long.toString(row.id()), row.caseNumber() + " " + firm.name(),
						firm.longitude(), firm.latitude(), firm.code(), row.status(), MapMarker.enterpriseFileLink(firm.code())))
				.stream())
			.toList();
	}

}

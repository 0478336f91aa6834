package cn.eco.enforcement.map.internal;

import java.util.List;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;

import org.springframework.stereotype.Component;

/** Every registered enterprise with coordinates, by category and positive-list membership. */
@Component
class EnterpriseMarkers implements MapMarkerSource {

	private final EnterpriseApi enterprises;

	EnterpriseMarkers(EnterpriseApi enterprises) {
		this.enterprises = enterprises;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(MapMarker.ENTERPRISE)) {
			return List.of();
		}
		return enterprises.list()
			.stream()
			.filter(e -> e.latitude() != null && e.longitude() != null && filter.covers(e.squadronCode()))
			.map(EnterpriseMarkers::marker)
			.toList();
	}

	private static MapMarker marker(EnterpriseProfile e) {
		String status = e.category() + (e.positiveList() ? "_POSITIVE_LIST" : "");
		return new MapMarker(MapMarker.ENTERPRISE, e.code(), e.name(), e.longitude(), e.latitude(), e.code(), status,
				MapMarker.enterpriseFileLink(e.code()));
	}

}

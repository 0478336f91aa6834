package cn.eco.enforcement.map.internal;

import java.util.List;

import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;

import org.springframework.stereotype.Component;

/** The ambient air and surface-water monitoring stations of the grid. */
@Component
class StationMarkers implements MapMarkerSource {

	private final GridApi grid;

	StationMarkers(GridApi grid) {
		this.grid = grid;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(MapMarker.STATION)) {
			return List.of();
		}
		return grid.stations()
			.stream()
			.filter(s -> s.latitude() != null && s.longitude() != null && filter.covers(s.squadronCode()))
			.map(s -> new MapMarker(MapMarker.STATION, s.code(), s.name(), s.longitude(), s.latitude(), null, s.kind(),
					null))
			.toList();
	}

}

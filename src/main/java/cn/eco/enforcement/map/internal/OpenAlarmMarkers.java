package cn.eco.enforcement.map.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;
import cn.eco.enforcement.monitoring.Factors;

import org.springframework.stereotype.Component;

/**
 * Alarms whose loop is still running, at their enterprise or station. Closed alarms and those
 * handed to case filing are not shown: a case is its own marker.
 */
@Component
class OpenAlarmMarkers implements MapMarkerSource {

	/** Per status: the map shows the most recent ones when a status has more. */
	private static final int LIMIT_PER_STATUS = 500;

	private static final Set<AlarmStatus> FINISHED = EnumSet.of(AlarmStatus.CLOSED, AlarmStatus.CASE_FILING);

	private final AlarmApi alarms;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	OpenAlarmMarkers(AlarmApi alarms, EnterpriseApi enterprises, GridApi grid) {
		this.alarms = alarms;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(MapMarker.ALARM)) {
			return List.of();
		}
		Map<String, EnterpriseProfile> firms = enterprises.list()
			.stream()
			.collect(Collectors.toMap(EnterpriseProfile::code, Function.identity()));
		Map<String, Station> stations = grid.stations()
			.stream()
			.collect(Collectors.toMap(Station::code, Function.identity()));
		List<MapMarker> markers = new ArrayList<>();
		for (AlarmStatus status : EnumSet.complementOf(EnumSet.copyOf(FINISHED))) {
			for (AlarmView alarm : alarms.search(new AlarmQuery(null, status, null, null, LIMIT_PER_STATUS))) {
				Place place = placeOf(alarm, firms, stations);
				if (place != null && filter.covers(place.squadronCode())) {
					markers.add(marker(alarm, place));
				}
			}
		}
		return markers;
	}

	private static Place placeOf(AlarmView alarm, Map<String, EnterpriseProfile> firms, Map<String, Station> stations) {
		if (alarm.placeBased()) {
			// A fire point, a patrol or a complaint with a place: where it was seen, in its squadron's grid.
			return alarm.latitude() == null || alarm.longitude() == null ? null
					: new Place(alarm.address() == null ? "现场位置" : alarm.address(), alarm.squadronCode(), alarm.longitude(),
							alarm.latitude());
		}
		if (alarm.enterpriseCode() != null) {
			EnterpriseProfile firm = firms.get(alarm.enterpriseCode());
			return firm == null || firm.latitude() == null || firm.longitude() == null ? null
					: new Place(firm.name(), firm.squadronCode(), firm.longitude(), firm.latitude());
		}
		Station station = alarm.stationCode() == null ? null : stations.get(alarm.stationCode());
		return station == null || station.latitude() == null || station.longitude() == null ? null
				: new Place(station.name(), station.squadronCode(), station.longitude(), station.latitude());
	}

	private static MapMarker marker(AlarmView alarm, Place place) {
		StringBuilder label = new StringBuilder(alarm.sourceType().label()).append("告警：").append(place.name());
		if (alarm.pollutant() != null) {
			label.append("，").append(Factors.label(alarm.pollutant()));
		}
		if (alarm.value() != null && alarm.limit() != null) {
			label.append(" ").append(alarm.value().stripTrailingZeros().toPlainString()).append("（限值 ").append(alarm.limit().stripTrailingZeros().toPlainString());
			label.append(alarm.unit() == null ? "" : " " + alarm.unit()).append("）");
		}
		label.append("，").append(alarm.statusLabel());
		String link = alarm.enterpriseCode() == null ? null : MapMarker.enterpriseFileLink(alarm.enterpriseCode());
		return new MapMarker(MapMarker.ALARM, String.valueOf(alarm.id()), label.toString(), place.longitude(),
				place.latitude(), alarm.enterpriseCode(), alarm.status().name(), link);
	}

	private record Place(String name, String squadronCode, double longitude, double latitude) {
	}

}

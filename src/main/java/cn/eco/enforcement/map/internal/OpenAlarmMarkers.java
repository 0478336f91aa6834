package cn.eco.enforcement.map.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmSourceType;
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
 * handed to case filing are not shown: a case is its own marker. Alarms that come with a place (a
 * fire point, a video or river patrol, a complaint with a place) are markers of their own type at
 * that place, with source, address, township and status in the popup and nothing about a
 * complainant.
 */
@Component
class OpenAlarmMarkers implements MapMarkerSource {

	/** Per status: the map shows the most recent ones when a status has more. */
	private static final int LIMIT_PER_STATUS = 500;

	private static final Set<AlarmStatus> FINISHED = EnumSet.of(AlarmStatus.CLOSED, AlarmStatus.CASE_FILING);

	/** The source types whose place-based alarms are a marker type of their own (the type is the source's name). */
	private static final Set<AlarmSourceType> OWN_LAYER = EnumSet.of(AlarmSourceType.STRAW_BURNING,
			AlarmSourceType.VIDEO_PATROL, AlarmSourceType.RIVER_PATROL, AlarmSourceType.COMPLAINT);

	private final AlarmApi alarms;

	private final EnterpriseApi enterprises;

	private static final DateTimeFormatter OBSERVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final GridApi grid;

	private final Clock clock;

	OpenAlarmMarkers(AlarmApi alarms, EnterpriseApi enterprises, GridApi grid, Clock clock) {
		this.alarms = alarms;
		this.enterprises = enterprises;
		this.grid = grid;
		this.clock = clock;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(MapMarker.ALARM) && OWN_LAYER.stream().noneMatch(source -> filter.wants(source.name()))) {
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
				if (place != null && filter.wants(typeOf(alarm)) && filter.covers(place.squadronCode())) {
					markers.add(typeOf(alarm).equals(MapMarker.ALARM) ? marker(alarm, place) : placeMarker(alarm));
				}
			}
		}
		return markers;
	}

	private static String typeOf(AlarmView alarm) {
		return alarm.placeBased() && OWN_LAYER.contains(alarm.sourceType()) ? alarm.sourceType().name() : MapMarker.ALARM;
	}

	/** A place-based alarm: what, where and how far; never the description or the complainant. */
	private MapMarker placeMarker(AlarmView alarm) {
		String township = alarm.townshipCode() == null ? null
				: grid.townshipName(alarm.townshipCode()).orElse(alarm.townshipCode());
		String where = alarm.address() != null ? alarm.address()
				: String.format("%.5f, %.5f", alarm.latitude(), alarm.longitude());
		String label = alarm.sourceType().label() + "：" + where + (township == null ? "" : "（" + township + "）") + "，"
				+ alarm.statusLabel();
		Map<String, String> details = new LinkedHashMap<>();
		details.put("来源类型", alarm.sourceType().label());
		details.put("地址", alarm.address());
		details.put("乡镇（街道）", township);
		details.put("状态", alarm.statusLabel());
		details.put("发现时间", alarm.observedAt() == null ? null
				: OBSERVED.format(alarm.observedAt().atZoneSameInstant(clock.getZone())));
		return new MapMarker(alarm.sourceType().name(), String.valueOf(alarm.id()), label, alarm.longitude(),
				alarm.latitude(), null, alarm.status().name(), null, details);
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

package cn.eco.enforcement.maintenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.maintenance.FindingClass;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.MonitoringApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The map layer 运维巡检问题: O&M findings still open (整改中 or 整改逾期) at the firm or station whose
 * monitoring device they concern. The marker's status is the {@link FindingClass} name; the popup
 * names the class, the item, the device, the deadline and whether it is overdue. Like the enterprise
 * file that lists them, the layer is for staff; an inspector sees only his squadron's grid.
 */
@Component
class OmFindingMarkers implements MapMarkerSource {

	static final String TYPE = "OM_FINDING";

	private record Row(long id, String mn, String enterpriseCode, FindingClass findingClass, String item,
			LocalDate deadline, String status) {
	}

	private record Place(String name, String squadronCode, Double longitude, Double latitude, String enterpriseCode) {
	}

	private final JdbcClient jdbc;

	private final MonitoringApi monitoring;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	OmFindingMarkers(JdbcClient jdbc, MonitoringApi monitoring, EnterpriseApi enterprises, GridApi grid) {
		this.jdbc = jdbc;
		this.monitoring = monitoring;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(TYPE)) {
			return List.of();
		}
		List<Row> open = jdbc.sql("""
				SELECT id, mn, enterprise_code, finding_class, item, rectification_deadline, status FROM om_finding
				WHERE status IN ('OPEN', 'OVERDUE') ORDER BY id""")
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("mn"), rs.getString("enterprise_code"),
					FindingClass.valueOf(rs.getString("finding_class")), rs.getString("item"),
					rs.getObject("rectification_deadline", LocalDate.class), rs.getString("status")))
			.list();
		if (open.isEmpty()) {
			return List.of();
		}
		Map<String, DeviceView> devices = monitoring.devices()
			.stream()
			.collect(Collectors.toMap(DeviceView::mn, Function.identity(), (a, b) -> a));
		Map<String, EnterpriseProfile> firms = enterprises.list()
			.stream()
			.collect(Collectors.toMap(EnterpriseProfile::code, Function.identity()));
		Map<String, Station> stations = grid.stations()
			.stream()
			.collect(Collectors.toMap(Station::code, Function.identity()));
		List<MapMarker> markers = new ArrayList<>();
		for (Row row : open) {
			DeviceView device = devices.get(row.mn());
			Place place = placeOf(row, device, firms, stations);
			if (place != null && place.latitude() != null && place.longitude() != null && place.squadronCode() != null
					&& filter.covers(place.squadronCode())) {
				markers.add(marker(row, device, place));
			}
		}
		return markers;
	}

	private static Place placeOf(Row row, DeviceView device, Map<String, EnterpriseProfile> firms,
			Map<String, Station> stations) {
		String firmCode = row.enterpriseCode() != null ? row.enterpriseCode()
				: device == null ? null : device.enterpriseCode();
		if (firmCode != null) {
			EnterpriseProfile firm = firms.get(firmCode);
			return firm == null ? null
					: new Place(firm.name(), firm.squadronCode(), firm.longitude(), firm.latitude(), firm.code());
		}
		Station station = device == null || device.stationCode() == null ? null : stations.get(device.stationCode());
		return station == null ? null
				: new Place(station.name(), station.squadronCode(), station.longitude(), station.latitude(), null);
	}

	private static MapMarker marker(Row row, DeviceView device, Place place) {
		String deviceLabel = device == null ? row.mn()
				: OmChecklist.kindLabel(device.kind()) + " " + row.mn()
						+ (device.outlet() == null ? "" : "（" + device.outlet() + "）");
		String label = "运维巡检问题（" + row.findingClass().label() + "）：" + place.name() + " " + row.item();
		Map<String, String> details = new LinkedHashMap<>();
		details.put("问题类别", row.findingClass().label());
		details.put("检查项", row.item());
		details.put("设备", deviceLabel);
		details.put("整改期限", row.deadline() == null ? null : row.deadline().toString());
		details.put("状态", OmFindings.statusLabel(row.status()));
		return new MapMarker(TYPE, String.valueOf(row.id()), label, place.longitude(), place.latitude(),
				place.enterpriseCode(), row.findingClass().name(),
				place.enterpriseCode() == null ? null : MapMarker.enterpriseFileLink(place.enterpriseCode()), details);
	}

}

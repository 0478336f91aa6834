package cn.eco.enforcement.assessment.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The map layer 传输有效率不达标: devices whose effective rate of the last closed month fell under the
 * threshold, at their firm or station. The month is computed again only after 15 minutes or when
 * devices were registered, not for every view of the map.
 */
@Component
class LowTransmissionMarkers implements MapMarkerSource {

	static final String TYPE = "LOW_TRANSMISSION";

	private static final Duration KEPT = Duration.ofMinutes(15);

	private record Computed(YearMonth month, String devices, Instant at,
			List<Map.Entry<DeviceTransmission, MonitoringStatistics.Place>> shortfalls) {
	}

	private final MonitoringStatistics statistics;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Computed computed;

	LowTransmissionMarkers(MonitoringStatistics statistics, JdbcClient jdbc, Clock clock) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<MapMarker> markers(MapFilter filter) {
		if (!filter.wants(TYPE)) {
			return List.of();
		}
		return shortfalls().stream()
			.filter(s -> s.getValue().latitude() != null && s.getValue().longitude() != null
					&& s.getValue().squadron() != null && filter.covers(s.getValue().squadron()))
			.map(s -> marker(s.getKey(), s.getValue()))
			.toList();
	}

	private List<Map.Entry<DeviceTransmission, MonitoringStatistics.Place>> shortfalls() {
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		String devices = jdbc.sql("SELECT COUNT(*), MAX(registered_at) FROM monitoring_device")
			.query((rs, i) -> rs.getLong(1) + "/" + rs.getString(2))
			.single();
		Computed last = computed;
		if (last == null || !last.month().equals(month) || !last.devices().equals(devices)
				|| last.at().plus(KEPT).isBefore(clock.instant())) {
			last = new Computed(month, devices, clock.instant(), statistics.shortfalls(month));
			computed = last;
		}
		return last.shortfalls();
	}

	private static MapMarker marker(DeviceTransmission t, MonitoringStatistics.Place place) {
		String label = place.subject() + " 设备 " + t.mn() + "：" + t.month() + " 传输有效率 " + t.effectiveRate() + "%";
		return new MapMarker(TYPE, t.mn(), label, place.longitude(), place.latitude(), place.enterpriseCode(),
				"UNDER_THRESHOLD",
				place.enterpriseCode() == null ? null : MapMarker.enterpriseFileLink(place.enterpriseCode()));
	}

}

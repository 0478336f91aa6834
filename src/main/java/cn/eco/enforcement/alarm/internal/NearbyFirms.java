package cn.eco.enforcement.alarm.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.eco.enforcement.alarm.SuspectedSource;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Firms within {@code app.alarms.nearby-radius} (default 1 km; {@code 800m}, {@code 1.5km} or plain
 * metres) of a place-based alarm, nearest first: its suspected sources, a dispatch hint with the
 * distance, never proof.
 */
@Component
class NearbyFirms {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private static final int MOST = 10;

	private final EnterpriseApi enterprises;

	private final double radiusMetres;

	NearbyFirms(EnterpriseApi enterprises, @Value("${app.alarms.nearby-radius:1km}") String radius) {
		this.enterprises = enterprises;
		this.radiusMetres = metres(radius);
	}

	List<SuspectedSource> around(double latitude, double longitude) {
		return enterprises.list()
			.stream()
			.filter(e -> e.latitude() != null && e.longitude() != null)
			.map(e -> new Near(e, distance(latitude, longitude, e.latitude(), e.longitude())))
			.filter(n -> n.metres() <= radiusMetres)
			.sorted(Comparator.comparingDouble(Near::metres))
			.limit(MOST)
			.map(n -> new SuspectedSource(n.firm().code(), Math.max(0, 1 - n.metres() / radiusMetres),
					"距告警位置约 " + Math.round(n.metres()) + " 米（搜索半径 " + Math.round(radiusMetres) + " 米）",
					(int) Math.round(n.metres())))
			.toList();
	}

	/** Great-circle (haversine) distance in metres. */
	static double distance(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	static double metres(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		double metres = value.endsWith("km") ? Double.parseDouble(value.substring(0, value.length() - 2).strip()) * 1000
				: Double.parseDouble(value.endsWith("m") ? value.substring(0, value.length() - 1).strip() : value);
		if (!(metres > 0)) {
			throw new IllegalArgumentException("app.alarms.nearby-radius must be positive: " + text);
		}
		return metres;
	}

	private record Near(EnterpriseProfile firm, double metres) {
	}

}

package cn.eco.enforcement.monitoring.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic map around a Xiangyang-like station: places enterprises by distance and bearing and builds an alarm
 * in which PM2.5 and PM10 rose while SO2 and NO2 did not.
 */
final class TracingMap {

	static final double STATION_LAT = 32.05;

	static final double STATION_LON = 112.14;

	static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

	static final String PM25 = "a34004";

	static final String PM10 = "a34002";

	static final String SO2 = "a21026";

	static final String NO2 = "a21004";

	private TracingMap() {
	}

	/** Wind from the west at 2 m/s: upwind enterprises lie at bearing 270°. */
	static Wind westerly() {
		return new Wind(270, 2);
	}

	static StationAlarm alarm(Wind wind) {
		return alarm("S1", STATION_LAT, STATION_LON, wind, Map.of());
	}

	static StationAlarm alarm(String code, double lat, double lon, Wind wind, Map<String, List<Double>> series) {
		return new StationAlarm(code, lat, lon, T0, Map.of(PM25, 60.0, PM10, 90.0, SO2, 0.0, NO2, -5.0),
				Map.of(PM25, 40.0, PM10, 70.0, SO2, 10.0, NO2, 30.0), wind, series);
	}

	static Instant minutesBeforeAlarm(long minutes) {
		return T0.minus(Duration.ofMinutes(minutes));
	}

	/** The point {@code km} away from (lat, lon) along {@code bearingDegrees}, on a sphere. */
	static double[] offset(double lat, double lon, double km, double bearingDegrees) {
		double delta = km / Geo.EARTH_RADIUS_KM;
		double theta = Math.toRadians(bearingDegrees);
		double phi1 = Math.toRadians(lat);
		double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta)
				+ Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
		double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
				Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
		return new double[] { Math.toDegrees(phi2), Math.toDegrees(lambda2) };
	}

	/** An ordinary ground-level enterprise emitting PM2.5 and PM10, {@code km} from the station. */
	static Firm firm(String code, double km, double bearingDegrees) {
		return new Firm(code, offset(STATION_LAT, STATION_LON, km, bearingDegrees));
	}

	/** Mutable builder for test candidates. */
	static final class Firm {

		private final String code;

		private final double[] point;

		private boolean tallStack;

		private Set<String> factors = Set.of(PM25, PM10);

		private Prior prior = Prior.NORMAL;

		private final List<TimeWindow> alarms = new ArrayList<>();

		private ElectricityState electricity = ElectricityState.NORMAL;

		private final Map<String, List<Double>> series = new HashMap<>();

		private Firm(String code, double[] point) {
			this.code = code;
			this.point = point;
		}

		Firm tallStack() {
			this.tallStack = true;
			return this;
		}

		Firm emitting(String... factorCodes) {
			this.factors = Set.of(factorCodes);
			return this;
		}

		Firm prior(Prior value) {
			this.prior = value;
			return this;
		}

		Firm alarmed(Instant from, Instant to) {
			this.alarms.add(new TimeWindow(from, to));
			return this;
		}

		Firm electricity(ElectricityState value) {
			this.electricity = value;
			return this;
		}

		Firm series(String factor, List<Double> values) {
			this.series.put(factor, values);
			return this;
		}

		Candidate build() {
			return new Candidate(this.code, "企业" + this.code, this.point[0], this.point[1], this.tallStack,
					this.factors, Map.of(), this.prior, this.alarms, this.electricity, this.series);
		}

	}

}

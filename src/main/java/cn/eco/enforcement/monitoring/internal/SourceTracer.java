package cn.eco.enforcement.monitoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.eco.enforcement.alarm.SuspectedSource;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.tracing.Candidate;
import cn.eco.enforcement.monitoring.tracing.Prior;
import cn.eco.enforcement.monitoring.tracing.SourceCandidate;
import cn.eco.enforcement.monitoring.tracing.SourceTracing;
import cn.eco.enforcement.monitoring.tracing.StationAlarm;
import cn.eco.enforcement.monitoring.tracing.TracingParameters;
import cn.eco.enforcement.monitoring.tracing.Wind;

import org.springframework.stereotype.Component;

/**
 * Gathers what tracing needs for an ambient station alarm — the station's wind and its rise over
 * its own 24-hour median per pollutant, and every enterprise nearby with its emission profile,
 * supervision prior, concurrent alarms and electricity state — and ranks the likely sources.
 */
@Component
class SourceTracer {

	static final String WIND_DIRECTION = "a01008";

	static final String WIND_SPEED = "a01007";

	private static final List<String> AMBIENT_FACTORS = List.of("a34004", "a34002", "a21026", "a21004", "a21005",
			"a05024", "a24088");

	/** Emission factors of a source as the ambient factors a station sees them (颗粒物 → PM, NOx → NO2). */
	private static final Map<String, List<String>> AS_AMBIENT = Map.of("a34013", List.of("a34004", "a34002"),
			"a21002", List.of("a21004"));

	private final Readings readings;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final SourceEvidence evidence;

	private final SourceTracing tracing = new SourceTracing(TracingParameters.defaults());

	SourceTracer(Readings readings, EnterpriseApi enterprises, GridApi grid, SourceEvidence evidence) {
		this.readings = readings;
		this.enterprises = enterprises;
		this.grid = grid;
		this.evidence = evidence;
	}

	List<SuspectedSource> trace(Devices.Device device, Finding finding, Period period) {
		Station station = grid.findStation(device.stationCode()).orElse(null);
		if (station == null || station.latitude() == null || station.longitude() == null) {
			return List.of();
		}
		StationAlarm alarm = stationAlarm(device, station, finding.at(), period);
		List<Candidate> candidates = enterprises.list().stream().filter(e -> e.latitude() != null).map(this::candidate).toList();
		return tracing.rank(alarm, candidates).stream().map(SourceTracer::suspect).toList();
	}

	private StationAlarm stationAlarm(Devices.Device device, Station station, Instant at, Period period) {
		Map<String, Double> excess = new HashMap<>();
		Map<String, Double> baseline = new HashMap<>();
		Map<String, List<Double>> series = new HashMap<>();
		for (String factor : AMBIENT_FACTORS) {
			List<Reading> history = readings.latest(device.mn(), factor, period, 49);
			if (history.size() >= 2 && history.get(0).value() != null) {
				double median = median(history.subList(1, Math.min(history.size(), 25)));
				excess.put(factor, history.get(0).value().doubleValue() - median);
				baseline.put(factor, median);
				series.put(factor, oldestFirst(history));
			}
		}
		return new StationAlarm(station.code(), station.latitude(), station.longitude(), at, excess, baseline,
				wind(device.mn(), period), series);
	}

	private Wind wind(String mn, Period period) {
		List<Reading> direction = readings.latest(mn, WIND_DIRECTION, period, 1);
		List<Reading> speed = readings.latest(mn, WIND_SPEED, period, 1);
		if (direction.isEmpty() || speed.isEmpty() || direction.get(0).value() == null || speed.get(0).value() == null) {
			return new Wind(0, 0);
		}
		return new Wind(direction.get(0).value().doubleValue(), speed.get(0).value().doubleValue());
	}

	private Candidate candidate(EnterpriseProfile e) {
		Set<String> factors = new HashSet<>();
		for (String code : e.characteristicPollutants()) {
			factors.addAll(AS_AMBIENT.getOrDefault(code, List.of(code)));
		}
		Prior prior = e.positiveList() ? Prior.POSITIVE_LIST
				: e.confirmedViolations12m() >= 2 ? Prior.WATCH : Prior.NORMAL;
		return new Candidate(e.code(), e.name(), e.latitude(), e.longitude(), evidence.hasStack(e.code()), factors, Map.of(),
				prior, evidence.alarmWindows(e.code()), evidence.electricity(e.code()), Map.of());
	}

	private static SuspectedSource suspect(SourceCandidate c) {
		return new SuspectedSource(c.enterpriseCode(), c.score(), c.explanation());
	}

	private static double median(List<Reading> readings) {
		double[] values = readings.stream().filter(r -> r.value() != null).mapToDouble(r -> r.value().doubleValue()).sorted().toArray();
		return values.length == 0 ? 0 : values.length % 2 == 1 ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	private static List<Double> oldestFirst(List<Reading> newestFirst) {
		List<Double> values = new ArrayList<>();
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			values.add(newestFirst.get(i).value() == null ? Double.NaN : newestFirst.get(i).value().doubleValue());
		}
		return values;
	}

}

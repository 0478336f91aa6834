package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs the anomaly rules over the factors a batch touched and keeps one condition per device,
 * factor, period and type: a condition raises one alarm when it starts, none while it lasts, and
 * is cleared when the data are normal again.
 */
@Component
class Detection {

	private static final Logger log = LoggerFactory.getLogger(Detection.class);

	private static final Set<ConditionType> SERIES_TYPES = EnumSet.of(ConditionType.EXCEEDANCE, ConditionType.FLAT_LINE,
			ConditionType.ZERO_NEGATIVE, ConditionType.JUMP, ConditionType.ABNORMAL_FLAG);

	private static final int JUMP_HISTORY = 25;

	/** How far back a batch's history is read: bounds the index range scanned per device. */
	private static final Map<Period, Duration> HISTORY_WINDOW = Map.of(Period.RTD, Duration.ofHours(12), Period.MINUTE,
			Duration.ofHours(4), Period.HOUR, Duration.ofDays(3), Period.DAY, Duration.ofDays(40));

	private final RecentSeries recent;

	private final Devices devices;

	private final AmbientThresholds ambient;

	private final Conditions conditions;

	private final MonitoringAlarms alarms;

	private final SeriesJudge judge;

	private final ElectricityWatch electricity;

	private final DetectionSettings settings;

	private final Clock clock;

	Detection(RecentSeries recent, Devices devices, AmbientThresholds ambient, Conditions conditions,
			MonitoringAlarms alarms, DetectionSettings settings, ElectricityWatch electricity, Clock clock) {
		this.recent = recent;
		this.devices = devices;
		this.ambient = ambient;
		this.conditions = conditions;
		this.alarms = alarms;
		this.judge = new SeriesJudge(settings);
		this.electricity = electricity;
		this.settings = settings;
		this.clock = clock;
	}

	/** Judges the series the batch touched; returns the ids of the alarms raised. */
	List<Long> detect(Devices.Device device, List<Reading> batch) {
		Map<String, Devices.Limit> limits = devices.limits(device.mn());
		Map<SeriesKey, Map<ConditionType, Long>> open = conditions.openForDevice(device.mn());
		List<Long> raised = new ArrayList<>();
		for (Map.Entry<Period, List<Reading>> part : byPeriod(batch).entrySet()) {
			Period period = part.getKey();
			Instant earliest = part.getValue().stream().map(Reading::dataTime).min(Instant::compareTo).orElseThrow();
			Map<String, List<Reading>> histories = recent.history(device.mn(), period, part.getValue(),
					earliest.minus(HISTORY_WINDOW.get(period)), historyLength(period));
			histories.forEach((factor, history) -> {
				SeriesKey series = new SeriesKey(factor, period);
				Devices.Limit limit = limitOf(device, series, history.get(0), limits);
				reconcile(device, series, SERIES_TYPES, judge.judge(device.kind(), history, limit),
						open.getOrDefault(series, Map.of()), raised);
			});
		}
		raised.addAll(electricity.judge(device, batch));
		return raised;
	}

	private static Map<Period, List<Reading>> byPeriod(List<Reading> batch) {
		Map<Period, List<Reading>> parts = new EnumMap<>(Period.class);
		batch.forEach(r -> parts.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(r));
		return parts;
	}

	/** Enough values for the longest rule of the period (flat line, zero, jump baseline). */
	private int historyLength(Period period) {
		int index = switch (period) {
			case RTD -> 0;
			case MINUTE -> 1;
			case HOUR, DAY -> 2;
		};
		return Math.max(JUMP_HISTORY, Math.max(settings.flatLineRecords().get(index), settings.zeroRecords().get(index)));
	}

	private Devices.Limit limitOf(Devices.Device device, SeriesKey series, Reading latest,
			Map<String, Devices.Limit> limits) {
		Devices.Limit permit = limits.get(series.factorCode());
		if (permit != null || !device.kind().isStation()) {
			return permit;
		}
		return ambient.limitFor(series.factorCode(), series.period(),
				latest.dataTime().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()).orElse(null);
	}

	private void reconcile(Devices.Device device, SeriesKey series, Set<ConditionType> types, List<Finding> findings,
			Map<ConditionType, Long> openByType, List<Long> raised) {
		if (findings.isEmpty() && openByType.isEmpty()) {
			return;
		}
		for (ConditionType type : types) {
			Optional<Finding> found = findings.stream().filter(f -> f.type() == type).findFirst();
			Optional<Long> open = Optional.ofNullable(openByType.get(type));
			if (found.isPresent() && open.isEmpty()) {
				long alarmId = alarms.open(device, series.period(), found.get());
				raised.add(alarmId);
				log.info("{} {} {}: {} → alarm #{}", device.mn(), series.factorCode(), type, found.get().detail(), alarmId);
			}
			else if (found.isPresent()) {
				conditions.stillSeen(open.get(), found.get().at());
			}
			else if (open.isPresent()) {
				conditions.clear(device.mn(), series.factorCode(), series.period(), type, now());
				log.info("{} {} {} cleared", device.mn(), series.factorCode(), type);
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/** One factor's data of one period from one device. */
	record SeriesKey(String factorCode, Period period) {

		@Override
		public boolean equals(Object other) {
		// Written out: the generated record methods ran as uninlined method-handle chains in profiles
		// of the ingest path, where this key is looked up for every reading.
			return other instanceof SeriesKey key && factorCode.equals(key.factorCode) && period == key.period;
		}

		@Override
		public int hashCode() {
			return 31 * factorCode.hashCode() + period.ordinal();
		}

	}

}

package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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

	private static final int HISTORY = 25;

	private final Readings readings;

	private final Devices devices;

	private final AmbientThresholds ambient;

	private final Conditions conditions;

	private final MonitoringAlarms alarms;

	private final SeriesJudge judge;

	private final ElectricityJudge electricity;

	private final Clock clock;

	Detection(Readings readings, Devices devices, AmbientThresholds ambient, Conditions conditions,
			MonitoringAlarms alarms, DetectionSettings settings, Clock clock) {
		this.readings = readings;
		this.devices = devices;
		this.ambient = ambient;
		this.conditions = conditions;
		this.alarms = alarms;
		this.judge = new SeriesJudge(settings);
		this.electricity = new ElectricityJudge(settings);
		this.clock = clock;
	}

	/** Judges the series the batch touched; returns the ids of the alarms raised. */
	List<Long> detect(Devices.Device device, List<Reading> batch) {
		Map<String, Devices.Limit> limits = devices.limits(device.mn());
		List<Long> raised = new ArrayList<>();
		Set<SeriesKey> touched = new LinkedHashSet<>();
		batch.forEach(r -> touched.add(new SeriesKey(r.factorCode(), r.period())));
		for (SeriesKey series : touched) {
			List<Reading> history = readings.latest(device.mn(), series.factorCode(), series.period(), HISTORY);
			if (!history.isEmpty()) {
				Devices.Limit limit = limitOf(device, series, history.get(0), limits);
				reconcile(device, series, SERIES_TYPES, judge.judge(device.kind(), history, limit), raised);
			}
		}
		electricity.judge(device, batch)
			.ifPresentOrElse(
					f -> reconcile(device, new SeriesKey(Conditions.WHOLE_DEVICE, Period.RTD),
							EnumSet.of(ConditionType.TREATMENT_OFF), List.of(f), raised),
					() -> electricity.clearsWhen(device, batch)
						.ifPresent(at -> conditions.clear(device.mn(), Conditions.WHOLE_DEVICE, Period.RTD,
								ConditionType.TREATMENT_OFF, now())));
		return raised;
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
			List<Long> raised) {
		Map<ConditionType, Long> openByType = conditions.openByType(device.mn(), series.factorCode(), series.period());
		if (findings.isEmpty() && openByType.isEmpty()) {
			return;
		}
		for (ConditionType type : types) {
			Optional<Finding> found = findings.stream().filter(f -> f.type() == type).findFirst();
			Optional<Long> open = Optional.ofNullable(openByType.get(type));
			if (found.isPresent() && open.isEmpty()) {
				long conditionId = conditions.start(device.mn(), series.period(), found.get());
				long alarmId = alarms.raise(device, found.get(), conditionId, series.period());
				conditions.attachAlarm(conditionId, alarmId);
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

	private record SeriesKey(String factorCode, Period period) {
	}

}

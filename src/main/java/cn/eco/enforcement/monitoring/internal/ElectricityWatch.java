package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.supervision.ElectricityJudgement;
import cn.eco.enforcement.supervision.ElectricityRules;
import cn.eco.enforcement.supervision.FacilityLink;
import cn.eco.enforcement.supervision.FacilityPower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * Electricity monitoring (用电监控, HJ 212-2025 ST=44): when an upload carries the power of a
 * registered facility, the facilities it is linked to are read back over the recent window and the
 * electricity rules judge whether each treatment facility runs with the production it serves. One
 * condition per treatment facility and judgement raises one ELECTRICITY alarm, with both power curves
 * as an SVG chart in its evidence, and is cleared when the rules no longer find it.
 */
@Component
class ElectricityWatch {

	private static final Logger log = LoggerFactory.getLogger(ElectricityWatch.class);

	/** How far back a facility's state is read. */
	static final Duration WINDOW = Duration.ofHours(12);

	private static final Map<String, ConditionType> TYPES = Map.of(ElectricityJudgement.TREATMENT_NOT_RUNNING,
			ConditionType.TREATMENT_OFF, ElectricityJudgement.START_STOP_OUT_OF_SYNC, ConditionType.START_STOP_ASYNC);

	private final Facilities facilities;

	private final Readings readings;

	private final Devices devices;

	private final Conditions conditions;

	private final MonitoringAlarms alarms;

	private final ElectricityRules rules;

	private final int minMinutes;

	private final ZoneId zone;

	private final Clock clock;

	ElectricityWatch(Facilities facilities, Readings readings, Devices devices, Conditions conditions,
			MonitoringAlarms alarms, ElectricityRules rules,
			@Value("${app.monitoring.electricity.min-minutes:15}") int minMinutes,
			@Value("${app.zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
		this.facilities = facilities;
		this.readings = readings;
		this.devices = devices;
		this.conditions = conditions;
		this.alarms = alarms;
		this.rules = rules;
		this.minMinutes = minMinutes;
		this.zone = zone;
		this.clock = clock;
	}

	/** Judges the facilities the batch concerns; returns the ids of the alarms raised. */
	List<Long> judge(Devices.Device device, List<Reading> batch) {
		if (device.kind() != DeviceKind.ELECTRICITY) {
			return List.of();
		}
		List<Facility> all = facilities.ofEnterpriseMeteredBy(device.mn());
		Optional<Reading> touching = batch.stream()
			.filter(r -> all.stream().anyMatch(f -> f.mn().equals(device.mn()) && f.factorCode().equals(r.factorCode())))
			.max(Comparator.comparing(Reading::dataTime));
		if (touching.isEmpty()) {
			return List.of();
		}
		Set<String> touched = all.stream()
			.filter(f -> f.mn().equals(device.mn()) && batch.stream().anyMatch(r -> r.factorCode().equals(f.factorCode())))
			.map(Facility::code)
			.collect(Collectors.toSet());
		List<FacilityLink> links = all.stream()
			.filter(f -> f.kind() == FacilityKind.TREATMENT)
			.flatMap(t -> t.treats().stream().map(p -> new FacilityLink(t.code(), p)))
			.filter(l -> touched.contains(l.treatmentCode()) || touched.contains(l.productionCode()))
			.toList();
		Map<String, Facility> byCode = all.stream().collect(Collectors.toMap(Facility::code, f -> f));
		Period period = touching.get().period();
		Instant latest = touching.get().dataTime();
		Map<String, List<Reading>> series = new LinkedHashMap<>();
		links.stream()
			.flatMap(l -> java.util.stream.Stream.of(l.treatmentCode(), l.productionCode()))
			.distinct()
			.forEach(code -> series.put(code, readings.series(byCode.get(code).mn(), byCode.get(code).factorCode(), period,
					latest.minus(WINDOW), latest).stream().filter(r -> r.value() != null).toList()));
		List<FacilityPower> powers = series.entrySet().stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> power(byCode.get(e.getKey()), e.getValue()))
			.toList();
		List<ElectricityJudgement> judgements = rules.judge(powers, links, minMinutes);
		List<Long> raised = new ArrayList<>();
		links.stream().map(FacilityLink::treatmentCode).distinct().forEach(treatment -> reconcile(byCode.get(treatment),
				period, judgements, series, byCode, latest, raised));
		return raised;
	}

	/** The facility's state over the window, from its readings with a value (oldest first, at least one). */
	static FacilityPower power(Facility facility, List<Reading> series) {
		Boolean running = null;
		long since = 0;
		Long lastStart = null;
		Long lastStop = null;
		for (Reading reading : series) {
			boolean on = reading.value().compareTo(facility.runningAbove()) > 0;
			long minute = minute(reading.dataTime());
			if (running == null || on != running) {
				since = minute;
				if (running != null && on) {
					lastStart = minute;
				}
				else if (running != null) {
					lastStop = minute;
				}
				running = on;
			}
		}
		return new FacilityPower(facility.code(), facility.kind().name(), Boolean.TRUE.equals(running), since,
				minute(series.get(series.size() - 1).dataTime()), lastStart, lastStop);
	}

	private static long minute(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), 60);
	}

	private void reconcile(Facility treatment, Period period, List<ElectricityJudgement> judgements,
			Map<String, List<Reading>> series, Map<String, Facility> byCode, Instant latest, List<Long> raised) {
		Devices.Device meter = devices.find(treatment.mn()).orElseThrow();
		Map<ConditionType, Long> open = conditions.openForDevice(treatment.mn())
			.getOrDefault(new Detection.SeriesKey(treatment.code(), period), Map.of());
		for (Map.Entry<String, ConditionType> type : TYPES.entrySet()) {
			List<ElectricityJudgement> found = judgements.stream()
				.filter(j -> j.treatmentCode().equals(treatment.code()) && j.type().equals(type.getKey()))
				.toList();
			Long openId = open.get(type.getValue());
			if (!found.isEmpty() && openId == null) {
				Finding finding = finding(type.getValue(), treatment, found, series, byCode, latest);
				long alarmId = alarms.open(meter, period, finding, List.of(chart(treatment, found, series, byCode, latest)));
				raised.add(alarmId);
				log.info("{} {} {}: {} → alarm #{}", treatment.mn(), treatment.code(), type.getValue(), finding.detail(), alarmId);
			}
			else if (!found.isEmpty()) {
				conditions.stillSeen(openId, latest);
			}
			else if (openId != null) {
				conditions.clear(treatment.mn(), treatment.code(), period, type.getValue(), OffsetDateTime.now(clock));
				log.info("{} {} {} cleared", treatment.mn(), treatment.code(), type.getValue());
			}
		}
	}

	private Finding finding(ConditionType type, Facility treatment, List<ElectricityJudgement> found,
			Map<String, List<Reading>> series, Map<String, Facility> byCode, Instant latest) {
		List<Reading> own = series.get(treatment.code());
		Reading last = own.get(own.size() - 1);
		String served = found.stream()
			.map(j -> byCode.get(j.productionCode()))
			.map(p -> p.code() + " " + p.name())
			.collect(Collectors.joining("、"));
		String detail = found.stream().map(ElectricityJudgement::reason).collect(Collectors.joining("；"))
				.replace("治污设施 " + treatment.code() + " ", "治污设施 " + treatment.code() + "（" + treatment.name() + "）")
				+ "（治污设施 " + treatment.factorCode() + " 当前 " + SeriesJudge.plain(last.value()) + " " + treatment.unit()
				+ "，运行阈值 " + treatment.runningAbove().toPlainString() + " " + treatment.unit() + "；生产设施 " + served + "）";
		return new Finding(type, treatment.code(), latest, last.value(), treatment.runningAbove(), treatment.unit(),
				detail.length() > 480 ? detail.substring(0, 480) + "…" : detail);
	}

	private Upload chart(Facility treatment, List<ElectricityJudgement> found, Map<String, List<Reading>> series,
			Map<String, Facility> byCode, Instant latest) {
		Instant from = latest.minus(Duration.ofMinutes(Math.max(120, 4L * minMinutes)));
		List<PowerChart.Curve> curves = new ArrayList<>();
		found.stream().map(ElectricityJudgement::productionCode).distinct().map(byCode::get).forEach(p -> curves.add(
				curve(p, "#1f77b4", series.get(p.code()), from)));
		curves.add(curve(treatment, "#d62728", series.get(treatment.code()), from));
		byte[] svg = PowerChart.svg("用电曲线：" + TYPES.get(found.get(0).type()).label() + "（" + treatment.code() + " "
				+ treatment.name() + "）", curves, from, latest, zone);
		return new Upload("用电曲线-" + treatment.code() + ".svg", new ByteArrayResource(svg));
	}

	private static PowerChart.Curve curve(Facility facility, String colour, List<Reading> readings, Instant from) {
		String kind = facility.kind() == FacilityKind.PRODUCTION ? "生产设施" : "治污设施";
		return new PowerChart.Curve(kind + " " + facility.code() + " " + facility.name() + " · " + facility.factorCode(),
				facility.unit(), facility.runningAbove(), colour,
				readings.stream().filter(r -> !r.dataTime().isBefore(from)).toList());
	}

}

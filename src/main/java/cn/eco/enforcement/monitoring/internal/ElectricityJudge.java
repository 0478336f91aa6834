package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Reading;

/**
 * Electricity evidence (用电监控): a production line drawing power while the treatment facility
 * draws almost none points to untreated emission.
 */
class ElectricityJudge {

	private final DetectionSettings settings;

	ElectricityJudge(DetectionSettings settings) {
		this.settings = settings;
	}

	/** The series electricity conditions are kept under. */
	static final Detection.SeriesKey SERIES = new Detection.SeriesKey(Conditions.WHOLE_DEVICE,
			cn.eco.enforcement.monitoring.Period.RTD);

	/**
	 * Empty when the batch carries no production and treatment power; otherwise the findings (none
	 * when both run normally, which clears an open condition).
	 */
	Optional<List<Finding>> judge(Devices.Device device, List<Reading> batch) {
		return state(device, batch).map(s -> s.treatmentOffWhileProducing() ? List.of(finding(s)) : List.of());
	}

	private Finding finding(State s) {
		return new Finding(ConditionType.TREATMENT_OFF, Conditions.WHOLE_DEVICE, s.at(), s.treatment(),
					BigDecimal.valueOf(settings.treatmentOnKw()), "kW", "生产线用电 " + SeriesJudge.plain(s.production())
							+ " kW，治理设施用电 " + SeriesJudge.plain(s.treatment()) + " kW（低于 " + settings.treatmentOnKw() + " kW）");
	}

	private Optional<State> state(Devices.Device device, List<Reading> batch) {
		if (device.kind() != DeviceKind.ELECTRICITY) {
			return Optional.empty();
		}
		Optional<Reading> production = latestOf(batch, settings.productionFactors());
		Optional<Reading> treatment = latestOf(batch, settings.treatmentFactors());
		if (production.isEmpty() || treatment.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal p = production.get().value();
		BigDecimal t = treatment.get().value();
		if (p == null || t == null) {
			return Optional.empty();
		}
		boolean off = p.doubleValue() > settings.productionOnKw() && t.doubleValue() < settings.treatmentOnKw();
		return Optional.of(new State(p, t, production.get().dataTime(), off));
	}

	private static Optional<Reading> latestOf(List<Reading> batch, List<String> factors) {
		return batch.stream()
			.filter(r -> factors.contains(r.factorCode()))
			.max(java.util.Comparator.comparing(Reading::dataTime));
	}

	private record State(BigDecimal production, BigDecimal treatment, Instant at, boolean treatmentOffWhileProducing) {
	}

}

package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.supervision.FacilityPower;
import org.junit.jupiter.api.Test;

/** What the electricity rules are told about a facility, read from its current values. */
class FacilityPowerTests {

	private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

	private static final long M0 = T0.getEpochSecond() / 60;

	private final Facility collector = new Facility("TF-1", "除尘器", FacilityKind.TREATMENT, "MN", "d30406",
			new BigDecimal("2"), "A", List.of("PL-1"));

	@Test
	void aFacilityThatRanAndStoppedIsStoppedSinceItsLastStopAndRemembersItsStart() {
		// off 0–4, running 5–29, off from 30 (a value equal to the threshold is not running)
		List<Reading> series = IntStream.rangeClosed(0, 40).mapToObj(m -> current(m, m < 5 ? 0.3 : m < 30 ? 31 : 2)).toList();

		FacilityPower power = ElectricityWatch.power(collector, series);

		assertThat(power.kind()).isEqualTo("TREATMENT");
		assertThat(power.running()).isFalse();
		assertThat(power.stateSinceMinute()).isEqualTo(M0 + 30);
		assertThat(power.latestMinute()).isEqualTo(M0 + 40);
		assertThat(power.lastStartMinute()).isEqualTo(M0 + 5);
		assertThat(power.lastStopMinute()).isEqualTo(M0 + 30);
	}

	@Test
	void aFacilityRunningThroughTheWindowHasNoSwitchAndRunsSinceItsFirstValue() {
		FacilityPower power = ElectricityWatch.power(collector, List.of(current(3, 30), current(4, 29)));

		assertThat(power.running()).isTrue();
		assertThat(power.stateSinceMinute()).isEqualTo(M0 + 3);
		assertThat(power.lastStartMinute()).isNull();
		assertThat(power.lastStopMinute()).isNull();
	}

	private static Reading current(int minute, double amperes) {
		return new Reading("d30406", Period.RTD, T0.plusSeconds(60L * minute), BigDecimal.valueOf(amperes), null, null, null,
				null, null, "N");
	}

}

package cn.eco.enforcement.monitoring.tracing;

import static cn.eco.enforcement.monitoring.tracing.TracingMap.PM10;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.PM25;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.SO2;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.firm;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.westerly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.monitoring.tracing.TracingMap.Firm;
import org.junit.jupiter.api.Test;

class SourceTracingTests {

	private final SourceTracing tracing = new SourceTracing(TracingParameters.defaults());

	@Test
	void upwindEnterpriseWithMatchingPollutantsRanksFirst() {
		List<SourceCandidate> ranked = rank(westerly(), firm("SIDE", 1.5, 330), firm("OTHER", 1.5, 270).emitting(SO2),
				firm("FAR", 3.5, 270), firm("UP", 1.5, 270));

		assertThat(ranked).first().satisfies(first -> {
			assertThat(first.enterpriseCode()).isEqualTo("UP");
			assertThat(first.angleOffDegrees()).isCloseTo(0, within(0.1));
			assertThat(first.directionFactor()).isCloseTo(1, within(1e-3));
			assertThat(first.distanceKm()).isCloseTo(1.5, within(1e-6));
		});
	}

	@Test
	void identicalEnterpriseDownwindScoresZero() {
		List<SourceCandidate> ranked = rank(westerly(), firm("UP", 1.5, 270), firm("DOWN", 1.5, 90));

		assertThat(ranked).extracting(SourceCandidate::enterpriseCode).containsExactly("UP");
	}

	@Test
	void enterpriseBeyondTheMaximumRadiusIsExcluded() {
		List<SourceCandidate> ranked = rank(westerly(), firm("NEAR", 4.5, 270), firm("BEYOND", 5.5, 270));

		assertThat(ranked).extracting(SourceCandidate::enterpriseCode).containsExactly("NEAR");
	}

	@Test
	void tallStackSevenKilometresAwayIsStillConsidered() {
		List<SourceCandidate> ranked = rank(westerly(), firm("STACK", 7, 270).tallStack(), firm("LOW", 7, 270));

		assertThat(ranked).extracting(SourceCandidate::enterpriseCode).containsExactly("STACK");
		assertThat(ranked.get(0).distanceFactor()).isCloseTo(Math.exp(-7.0 / 4), within(1e-6));
	}

	@Test
	void calmWindReliesOnDistanceAlone() {
		List<SourceCandidate> ranked = rank(new Wind(270, 0.3), firm("FAR_UPWIND", 2.5, 270),
				firm("NEAR_DOWNWIND", 1, 90));

		assertThat(ranked).extracting(SourceCandidate::enterpriseCode).containsExactly("NEAR_DOWNWIND", "FAR_UPWIND");
		assertThat(ranked).extracting(SourceCandidate::directionFactor).containsOnly(0.5);
	}

	@Test
	void weakWindWidensTheUpwindSector() {
		Firm fortyDegreesOff = firm("E", 1.5, 310);

		SourceCandidate weak = only(new Wind(270, 1), fortyDegreesOff);
		SourceCandidate strong = only(new Wind(270, 5), fortyDegreesOff);

		assertThat(weak.directionFactor()).isCloseTo(Math.exp(-1600.0 / (2 * 50 * 50)), within(1e-3));
		assertThat(strong.directionFactor()).isCloseTo(Math.exp(-1600.0 / (2 * 15 * 15)), within(1e-3));
		assertThat(weak.score()).isGreaterThan(strong.score());
	}

	@Test
	void matchingPollutantsBeatNonMatchingAtEqualGeometry() {
		List<SourceCandidate> ranked = rank(westerly(), firm("COAL", 1.5, 270).emitting(SO2),
				firm("DUST", 1.5, 270).emitting(PM25, PM10));

		assertThat(ranked).extracting(SourceCandidate::enterpriseCode).containsExactly("DUST", "COAL");
		assertThat(ranked.get(0).fingerprint()).isGreaterThan(0.9);
		assertThat(ranked.get(1).fingerprint()).isZero();
	}

	@Test
	void fingerprintFallsBackToTheShareOfRisenFactorsWithoutBaselines() {
		StationAlarm noBaselines = new StationAlarm("S1", TracingMap.STATION_LAT, TracingMap.STATION_LON,
				TracingMap.T0, Map.of(PM25, 60.0, PM10, 90.0, SO2, 0.0), Map.of(), westerly(), Map.of());

		List<SourceCandidate> ranked = this.tracing.rank(noBaselines,
				List.of(firm("E", 1.5, 270).emitting(PM25, SO2).build()));

		assertThat(ranked.get(0).fingerprint()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void ownAlarmInsideTheTravelTimeWindowRaisesTheScoreAndOneOutsideDoesNot() {
		SourceCandidate plain = only(westerly(), firm("E", 1.5, 270));
		SourceCandidate inside = only(westerly(),
				firm("E", 1.5, 270).alarmed(TracingMap.minutesBeforeAlarm(40), TracingMap.minutesBeforeAlarm(20)));
		SourceCandidate outside = only(westerly(),
				firm("E", 1.5, 270).alarmed(TracingMap.minutesBeforeAlarm(300), TracingMap.minutesBeforeAlarm(180)));

		assertThat(inside.concurrentAlarm()).isTrue();
		assertThat(inside.score()).isGreaterThan(plain.score());
		assertThat(outside.concurrentAlarm()).isFalse();
		assertThat(outside.score()).isEqualTo(plain.score());
	}

	@Test
	void treatmentOffWhileProducingRaisesTheScore() {
		SourceCandidate normal = only(westerly(), firm("E", 1.5, 270));
		SourceCandidate treatmentOff = only(westerly(),
				firm("E", 1.5, 270).electricity(ElectricityState.TREATMENT_OFF_WHILE_PRODUCING));

		assertThat(treatmentOff.electricity()).isEqualTo(1);
		assertThat(treatmentOff.score() - normal.score())
			.isCloseTo(0.10 * normal.directionFactor() * normal.distanceFactor(), within(1e-9));
	}

	@Test
	void positiveListPriorLowersTheScore() {
		SourceCandidate normal = only(westerly(), firm("E", 1.5, 270));
		SourceCandidate positiveList = only(westerly(), firm("E", 1.5, 270).prior(Prior.POSITIVE_LIST));

		assertThat(positiveList.prior()).isEqualTo(0.2);
		assertThat(positiveList.score()).isLessThan(normal.score());
	}

	@Test
	void returnsAtMostTopNSortedByDescendingScore() {
		SourceTracing topThree = new SourceTracing(new TracingParameters(5, 10, 1.5, 4, 3));
		List<Candidate> candidates = Arrays.stream(new double[] { 4.5, 1, 3, 2, 0.5, 4, 2.5, 3.5 })
			.mapToObj(km -> firm("E" + km, km, 270).build())
			.toList();

		List<SourceCandidate> ranked = topThree.rank(TracingMap.alarm(westerly()), candidates);

		assertThat(ranked).hasSize(3)
			.isSortedAccordingTo(Comparator.comparingDouble(SourceCandidate::score).reversed())
			.extracting(SourceCandidate::enterpriseCode)
			.containsExactly("E0.5", "E1.0", "E2.0");
	}

	@Test
	void explanationIsChineseAndNamesDistanceAndMatchingFactors() {
		SourceCandidate candidate = only(westerly(),
				firm("E", 1.8, 282).alarmed(TracingMap.minutesBeforeAlarm(30), null)
					.electricity(ElectricityState.TREATMENT_OFF_WHILE_PRODUCING));

		assertThat(candidate.explanation()).startsWith("位于站点上风向（偏差 12°），距离 1.8 km")
			.contains("特征污染物匹配 PM2.5、PM10", "同期存在超标告警", "治理设施停运而生产运行")
			.doesNotContain("\n");
	}

	private List<SourceCandidate> rank(Wind wind, Firm... firms) {
		return this.tracing.rank(TracingMap.alarm(wind), Arrays.stream(firms).map(Firm::build).toList());
	}

	private SourceCandidate only(Wind wind, Firm firm) {
		List<SourceCandidate> ranked = rank(wind, firm);
		assertThat(ranked).hasSize(1);
		return ranked.get(0);
	}

}

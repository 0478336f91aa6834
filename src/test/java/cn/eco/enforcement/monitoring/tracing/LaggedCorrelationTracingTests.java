package cn.eco.enforcement.monitoring.tracing;

import static cn.eco.enforcement.monitoring.tracing.TracingMap.PM25;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.firm;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.westerly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LaggedCorrelationTracingTests {

	private final SourceTracing tracing = new SourceTracing(TracingParameters.defaults());

	@Test
	void enterpriseSeriesLeadingTheStationByTwoHoursGivesLagTwoAndHighCorrelation() {
		List<Double> enterprise = noise(24, 1);
		List<Double> station = new ArrayList<>(noise(2, 2));
		station.addAll(enterprise.subList(0, 22));

		SourceCandidate candidate = rankOne(station, enterprise);

		assertThat(candidate.bestLagHours()).isEqualTo(2);
		assertThat(candidate.correlation()).isGreaterThan(0.99);
		assertThat(candidate.explanation()).contains("滞后 2 小时相关系数 1.00");
	}

	@Test
	void fewerThanTwelveHourlyPointsGiveNoCorrelation() {
		List<Double> series = noise(11, 3);

		SourceCandidate candidate = rankOne(series, series);

		assertThat(candidate.correlation()).isZero();
		assertThat(candidate.bestLagHours()).isZero();
	}

	@Test
	void missingHoursDoNotCountTowardsTheTwelvePoints() {
		List<Double> series = new ArrayList<>(noise(14, 4));
		series.set(3, Double.NaN);
		series.set(7, Double.NaN);
		series.set(9, Double.NaN);

		SourceCandidate candidate = rankOne(series, series);

		assertThat(candidate.correlation()).isZero();
	}

	@Test
	void correlationRaisesTheScoreByItsWeight() {
		List<Double> series = noise(24, 5);
		SourceCandidate without = rankOne(series, List.of());
		SourceCandidate with = rankOne(series, series);

		assertThat(with.bestLagHours()).isZero();
		assertThat(with.score() - without.score())
			.isCloseTo(0.25 * with.correlation() * with.directionFactor() * with.distanceFactor(), within(1e-9));
	}

	private SourceCandidate rankOne(List<Double> station, List<Double> enterprise) {
		StationAlarm alarm = TracingMap.alarm("S1", TracingMap.STATION_LAT, TracingMap.STATION_LON, westerly(),
				Map.of(PM25, station));
		TracingMap.Firm firm = firm("E", 1.5, 270);
		if (!enterprise.isEmpty()) {
			firm.series(PM25, enterprise);
		}
		List<SourceCandidate> ranked = this.tracing.rank(alarm, List.of(firm.build()));
		assertThat(ranked).hasSize(1);
		return ranked.get(0);
	}

	private static List<Double> noise(int hours, long seed) {
		Random random = new Random(seed);
		return random.doubles(hours, 20, 80).boxed().toList();
	}

}

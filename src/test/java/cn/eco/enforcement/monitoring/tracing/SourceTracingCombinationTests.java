package cn.eco.enforcement.monitoring.tracing;

import static cn.eco.enforcement.monitoring.tracing.TracingMap.STATION_LAT;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.STATION_LON;
import static cn.eco.enforcement.monitoring.tracing.TracingMap.offset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SourceTracingCombinationTests {

	private static final Wind NORTHERLY = new Wind(0, 2);

	private final SourceTracing tracing = new SourceTracing(new TracingParameters(5, 10, 1.5, 4, 10));

	@Test
	void enterpriseUpwindOfTwoStationsRisesAboveOneUpwindOfOnlyOne() {
		double[] east = offset(STATION_LAT, STATION_LON, 2, 90);
		double[] midpoint = offset(STATION_LAT, STATION_LON, 1, 90);
		List<Candidate> candidates = List.of(at("BETWEEN", offset(midpoint[0], midpoint[1], 1.2, 0)),
				at("WEST_ONLY", offset(STATION_LAT, STATION_LON, 1.56, 330)));

		List<SourceCandidate> west = this.tracing.rank(station("WEST", STATION_LAT, STATION_LON), candidates);
		List<SourceCandidate> eastRanking = this.tracing.rank(station("EAST", east[0], east[1]), candidates);
		List<SourceCandidate> combined = SourceTracing.combine(List.of(west, eastRanking), 5);

		assertThat(west).extracting(SourceCandidate::enterpriseCode).containsExactly("WEST_ONLY", "BETWEEN");
		assertThat(combined).extracting(SourceCandidate::enterpriseCode).containsExactly("BETWEEN", "WEST_ONLY");
		assertThat(combined.get(0).explanation()).startsWith("2 个告警站点共同指向");
	}

	@Test
	void combinedScoreIsOneMinusTheProductOfMisses() {
		SourceCandidate a = scored("E", 0.5);
		SourceCandidate b = scored("E", 0.2);

		List<SourceCandidate> combined = SourceTracing.combine(List.of(List.of(a), List.of(b)), 5);

		assertThat(combined).singleElement()
			.satisfies(only -> assertThat(only.score()).isCloseTo(1 - 0.5 * 0.8, within(1e-12)));
	}

	@Test
	void combineKeepsTopNHighestFirst() {
		List<SourceCandidate> station = List.of(scored("A", 0.1), scored("B", 0.4), scored("C", 0.3));

		List<SourceCandidate> combined = SourceTracing.combine(List.of(station), 2);

		assertThat(combined).extracting(SourceCandidate::enterpriseCode).containsExactly("B", "C");
	}

	private static StationAlarm station(String code, double lat, double lon) {
		return TracingMap.alarm(code, lat, lon, NORTHERLY, Map.of());
	}

	private static Candidate at(String code, double[] point) {
		return new Candidate(code, code, point[0], point[1], false, Set.of(TracingMap.PM25, TracingMap.PM10),
				Map.of(), Prior.NORMAL, List.of(), ElectricityState.UNKNOWN, Map.of());
	}

	private static SourceCandidate scored(String code, double score) {
		return new SourceCandidate(code, code, score, 1, 270, 0, 1, 1, 1, 0, 0, false, 0, 0.5, "位于站点上风向");
	}

}

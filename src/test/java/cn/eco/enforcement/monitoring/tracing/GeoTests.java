package cn.eco.enforcement.monitoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoTests {

	@Test
	void oneDegreeOfLatitudeIsAbout111Kilometres() {
		assertThat(Geo.distanceKm(32.0, 112.14, 33.0, 112.14)).isCloseTo(111.2, within(0.1));
	}

	@Test
	void oneDegreeOfLongitudeShrinksWithTheCosineOfLatitude() {
		double expected = 111.195 * Math.cos(Math.toRadians(32.05));
		assertThat(Geo.distanceKm(32.05, 112.14, 32.05, 113.14)).isCloseTo(expected, within(0.1));
	}

	@Test
	void samePointIsZeroKilometresAway() {
		assertThat(Geo.distanceKm(32.05, 112.14, 32.05, 112.14)).isZero();
	}

	@Test
	void bearingsPointAlongTheCompass() {
		assertThat(Geo.initialBearingDegrees(0, 112, 0, 113)).isCloseTo(90, within(1e-9));
		assertThat(Geo.initialBearingDegrees(32.05, 112.14, 32.05, 112.24)).isCloseTo(90, within(0.1));
		assertThat(Geo.initialBearingDegrees(32.05, 112.14, 33.05, 112.14)).isCloseTo(0, within(1e-9));
		assertThat(Geo.initialBearingDegrees(32.05, 112.14, 31.05, 112.14)).isCloseTo(180, within(1e-9));
		assertThat(Geo.initialBearingDegrees(32.05, 112.14, 32.05, 112.04)).isCloseTo(270, within(0.1));
	}

	@Test
	void angleOffWrapsAroundNorth() {
		assertThat(Geo.angleOffDegrees(350, 10)).isCloseTo(20, within(1e-9));
		assertThat(Geo.angleOffDegrees(10, 350)).isCloseTo(20, within(1e-9));
		assertThat(Geo.angleOffDegrees(90, 270)).isCloseTo(180, within(1e-9));
		assertThat(Geo.angleOffDegrees(270, 270)).isZero();
	}

	@Test
	void testMapOffsetLandsAtTheRequestedDistanceAndBearing() {
		double[] point = TracingMap.offset(32.05, 112.14, 3, 45);

		assertThat(Geo.distanceKm(32.05, 112.14, point[0], point[1])).isCloseTo(3, within(1e-6));
		assertThat(Geo.initialBearingDegrees(32.05, 112.14, point[0], point[1])).isCloseTo(45, within(1e-6));
	}

}

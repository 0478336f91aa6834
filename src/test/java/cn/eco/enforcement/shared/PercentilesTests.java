package cn.eco.enforcement.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTests {

	@Test
	void nearestRankInMillisecondsOverTheRecordedValuesOnly() {
		long[] micros = { 5_000, 1_000, 3_000, 2_000, 4_000, 0, 0, 0 };

		assertThat(Percentiles.millis(micros, 5, 50)).isEqualTo(3.0);
		assertThat(Percentiles.millis(micros, 5, 99)).isEqualTo(5.0);
		assertThat(Percentiles.millis(micros, 5, 0)).isEqualTo(1.0);
		assertThat(Percentiles.millis(micros, 0, 50)).isNaN();
		assertThat(micros[0]).as("the caller's array is left as it was").isEqualTo(5_000);
	}

}

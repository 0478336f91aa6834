package cn.eco.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicRateLimitTests {

	@Test
	void aClientGetsItsQuotaPerMinuteAndThenWaits() {
		PublicRateLimit limit = new PublicRateLimit(3);

		assertThat(limit.allow("10.0.0.1", 0)).isTrue();
		assertThat(limit.allow("10.0.0.1", 1_000)).isTrue();
		assertThat(limit.allow("10.0.0.1", 2_000)).isTrue();
		assertThat(limit.allow("10.0.0.1", 3_000)).isFalse();
		assertThat(limit.allow("10.0.0.2", 3_000)).as("another client").isTrue();
		assertThat(limit.allow("10.0.0.1", 61_000)).as("next minute").isTrue();
	}

}

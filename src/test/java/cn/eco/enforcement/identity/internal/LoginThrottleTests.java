package cn.eco.enforcement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: windows, doubling locks, resets, bounded memory. */
class LoginThrottleTests {

	private final AtomicLong now = new AtomicLong(1_000_000);

	private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleSettings(5, 20, Duration.ofMinutes(5),
			Duration.ofMinutes(1), Duration.ofHours(1), 1_000), now::get);

	@Test
	void fiveFailuresOfOneUserWithinFiveMinutesLockItForAMinute() {
		failTimes(4, "wangqiang", "10.0.0.1");
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).as("after 4").isZero();

		throttle.failed("wangqiang", "10.0.0.1");

		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isEqualTo(60);
		assertThat(throttle.secondsToWait("WangQiang", "10.9.9.9")).as("any address, any spelling").isEqualTo(60);
		assertThat(throttle.secondsToWait("liuyang", "10.0.0.2")).as("someone else").isZero();
		advance(Duration.ofSeconds(59));
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isEqualTo(1);
		advance(Duration.ofSeconds(1));
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isZero();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		failTimes(4, "wangqiang", "10.0.0.1");
		advance(Duration.ofMinutes(5));

		failTimes(4, "wangqiang", "10.0.0.1");

		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isZero();
	}

	@Test
	void eachFurtherLockLastsTwiceAsLongUpToTheMaximum() {
		long[] locks = new long[9];
		for (int i = 0; i < locks.length; i++) {
			failTimes(5, "wangqiang", "10.0.0.1");
			locks[i] = throttle.secondsToWait("wangqiang", "10.0.0.1");
			advance(Duration.ofSeconds(locks[i]));
		}

		assertThat(locks).containsExactly(60, 120, 240, 480, 960, 1920, 3600, 3600, 3600);
	}

	@Test
	void aQuietHourAfterTheLastLockStartsAfresh() {
		failTimes(5, "wangqiang", "10.0.0.1");
		advance(Duration.ofMinutes(1));
		failTimes(5, "wangqiang", "10.0.0.1");
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isEqualTo(120);
		advance(Duration.ofMinutes(2).plusHours(1));

		failTimes(5, "wangqiang", "10.0.0.1");

		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isEqualTo(60);
	}

	@Test
	void aSuccessfulLoginClearsTheUsersCountButNotTheAddresss() {
		failTimes(4, "wangqiang", "10.0.0.1");
		throttle.succeeded("wangqiang");
		failTimes(4, "wangqiang", "10.0.0.1");
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.3")).isZero();

		for (int i = 0; i < 12; i++) {
			throttle.failed("user" + i, "10.0.0.1");
		}

		assertThat(throttle.secondsToWait("liuyang", "10.0.0.1")).as("20 failures from one address").isEqualTo(60);
		assertThat(throttle.secondsToWait("liuyang", "10.0.0.2")).isZero();
	}

	@Test
	void oneAddressTryingManyUserNamesIsLocked() {
		for (int i = 0; i < 19; i++) {
			throttle.failed("guess" + i, "10.0.0.7");
		}
		assertThat(throttle.secondsToWait("demo", "10.0.0.7")).isZero();

		throttle.failed("guess19", "10.0.0.7");

		assertThat(throttle.secondsToWait("demo", "10.0.0.7")).isEqualTo(60);
		assertThat(throttle.secondsToWait("demo", "10.0.0.8")).isZero();
	}

	@Test
	void unreadableUserNamesCountAgainstTheAddressOnly() {
		for (int i = 0; i < 20; i++) {
			throttle.failed(null, "10.0.0.9");
		}

		assertThat(throttle.secondsToWait(null, "10.0.0.9")).isEqualTo(60);
		assertThat(throttle.secondsToWait("demo", "10.0.0.10")).isZero();
	}

	@Test
	void remembersAtMostTheConfiguredNumberOfKeys() {
		for (int i = 0; i < 100_000; i++) {
			throttle.failed("sprayed" + i, "10.1." + (i / 250) + "." + (i % 250));
		}

		assertThat(throttle.trackedKeys()).isEqualTo(1_000);
	}

	private void failTimes(int times, String user, String client) {
		for (int i = 0; i < times; i++) {
			throttle.failed(user, client);
		}
	}

	private void advance(Duration duration) {
		now.addAndGet(duration.toMillis());
	}

}

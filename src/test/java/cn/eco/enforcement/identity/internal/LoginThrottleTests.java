package cn.eco.enforcement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import cn.eco.enforcement.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The throttle's arithmetic on its table, with a clock the test moves: windows, doubling locks,
 * resets, concurrent failures, forgetting. Each test's user names and addresses carry a suffix of
 * their own, so tests (and the application's own throttle on the same database) never share a key.
 * The clock starts at the real time, so the application's cleanup never takes a test's keys.
 */
@IntegrationTest
class LoginThrottleTests {

	private final AtomicLong now = new AtomicLong(System.currentTimeMillis());

	private final String run = "#" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private OwnKeys throttle;

	@BeforeEach
	void throttleOnTheTable() {
		throttle = throttle(100_000);
	}

	private OwnKeys throttle(int trackedKeys) {
		return new OwnKeys(new LoginThrottle(new LoginThrottleSettings(5, 20, Duration.ofMinutes(5),
				Duration.ofMinutes(1), Duration.ofHours(1), trackedKeys), now::get, jdbc, transactionManager));
	}

	@Test
	void fiveFailuresOfOneUserWithinFiveMinutesLockItForAMinute() {
		failTimes(4, "wangqiang", "10.0.0.1");
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).as("after 4").isZero();

		throttle.failed("wangqiang", "10.0.0.1");

		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isEqualTo(60);
		assertThat(throttle.secondsToWait("WangQiang", "10.0.0.1")).as("any spelling").isEqualTo(60);
		assertThat(throttle.secondsToWait("wangqiang", "10.9.9.9")).as("a stranger elsewhere locks nobody out").isZero();
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
		throttle.succeeded("wangqiang", "10.0.0.1");
		failTimes(4, "wangqiang", "10.0.0.1");
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isZero();

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
	void keysWithNothingLeftToCountAreForgottenAndALockIsRememberedForTheQuietHour() {
		for (int i = 0; i < 100; i++) {
			throttle.failed("sprayed" + i, "10.1.0." + i);
		}
		failTimes(5, "wangqiang", "10.0.0.1");
		assertThat(keys()).isEqualTo(100 + 100 + 2);
		advance(Duration.ofMinutes(5));

		throttle.forgetExpired();

		assertThat(keys()).as("the lock of wangqiang, within its quiet hour").isOne();
		failTimes(5, "wangqiang", "10.0.0.1");
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).as("second lock").isEqualTo(120);
		advance(Duration.ofMinutes(2).plusHours(1));

		throttle.forgetExpired();

		assertThat(keys()).isZero();
	}

	@Test
	void beyondTheTrackedKeysTheOldestCountsGoButLocksStay() {
		OwnKeys small = throttle(10);
		// Later than any other test's clock goes, so these are the newest counts in the shared table.
		advance(Duration.ofDays(10));
		failTimes(5, "wangqiang", "10.0.0.1");
		advance(Duration.ofSeconds(1));
		for (int i = 0; i < 30; i++) {
			small.failed("sprayed" + i, "10.2.0." + i);
			advance(Duration.ofMillis(1));
		}

		small.forgetExpired();

		assertThat(keys()).as("the ten newest counts and the lock").isEqualTo(11);
		assertThat(small.secondsToWait("wangqiang", "10.0.0.1")).as("locked a second ago").isEqualTo(59);
		assertThat(small.check("sprayed29", "10.2.0.29").userOnRecord()).isTrue();
		assertThat(small.check("sprayed0", "10.2.0.0").userOnRecord()).isFalse();
	}

	@Test
	void failuresCountedAtTheSameTimeAreEachCountedOnce() throws Exception {
		int nodes = 4;
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			Callable<Void> failure = () -> {
				together.await();
				throttle.failed("wangqiang", "10.0.0.1");
				return null;
			};
			for (var done : pool.invokeAll(Collections.nCopies(nodes, failure))) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).as("four failures, none counted twice").isZero();

		throttle.failed("wangqiang", "10.0.0.1");

		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).as("none lost").isEqualTo(60);
	}

	@Test
	void concurrentAttemptsOfOneUserFromOneAddressGetNoMoreChecksThanTheLimit() throws Exception {
		int attempts = 20;
		CyclicBarrier together = new CyclicBarrier(attempts);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		long admitted;
		try {
			Callable<Long> attempt = () -> {
				together.await();
				return throttle.reserve("wangqiang", "10.0.0.1");
			};
			admitted = 0;
			for (var done : pool.invokeAll(Collections.nCopies(attempts, attempt))) {
				admitted += done.get() == 0 ? 1 : 0;
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(admitted).as("password checks let through").isEqualTo(5);
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isEqualTo(60);
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.2")).isZero();
	}

	@Test
	void aSuccessNeedsToClearOnlyAUserNameOnRecord() {
		assertThat(throttle.check("wangqiang", "10.0.0.1").userOnRecord()).isFalse();
		throttle.failed("wangqiang", "10.0.0.1");
		assertThat(throttle.check("wangqiang", "10.0.0.1").userOnRecord()).isTrue();
		assertThat(throttle.check("liuyang", "10.0.0.1").userOnRecord()).as("only the address failed").isFalse();

		throttle.succeeded("wangqiang", "10.0.0.1");

		assertThat(throttle.check("wangqiang", "10.0.0.1").userOnRecord()).isFalse();
	}

	@Test
	void anOverlongUserNameIsCountedUnderItsDigest() {
		String overlong = "x".repeat(5_000);
		failTimes(5, overlong, "10.0.0.1");

		assertThat(throttle.secondsToWait(overlong, "10.0.0.1")).isEqualTo(60);
		assertThat(throttle.secondsToWait("x".repeat(4_999), "10.0.0.1")).isZero();
	}

	@Test
	void aUserNameWithControlCharactersIsCountedLikeAnyOther() {
		failTimes(5, "wang\u0000qiang", "10.0.0.1");

		assertThat(throttle.secondsToWait("wang\u0000qiang", "10.0.0.1")).isEqualTo(60);
		assertThat(throttle.secondsToWait("wangqiang", "10.0.0.1")).isZero();
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		assertThat(LoginThrottle.network("2001:db8:1:2::1")).isEqualTo(LoginThrottle.network("2001:db8:1:2:ffff:ffff:ffff:fffe"))
			.isEqualTo("20010db800010002::/64");
		assertThat(LoginThrottle.network("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.network("2001:db8:1:2::1"));
		assertThat(LoginThrottle.network("fe80::1%2")).isEqualTo("fe80000000000000::/64");
		assertThat(LoginThrottle.network("::ffff:10.0.0.7")).as("an IPv4 address in IPv6 form").isEqualTo("10.0.0.7");
		assertThat(LoginThrottle.network("10.0.0.7")).isEqualTo("10.0.0.7");
		assertThat(LoginThrottle.network("not:an:address")).isEqualTo("not:an:address");
	}

	private long keys() {
		return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key LIKE ?")
			.param("%" + run)
			.query(Long.class)
			.single();
	}

	private void failTimes(int times, String user, String client) {
		for (int i = 0; i < times; i++) {
			throttle.failed(user, client);
		}
	}

	private void advance(Duration duration) {
		now.addAndGet(duration.toMillis());
	}

	/** The throttle, with this test's suffix on every user name and address. */
	private final class OwnKeys {

		private final LoginThrottle throttle;

		OwnKeys(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		LoginThrottle.Check check(String user, String client) {
			return throttle.check(own(user), own(client));
		}

		long secondsToWait(String user, String client) {
			return throttle.check(own(user), own(client)).secondsToWait();
		}

		void failed(String user, String client) {
			throttle.failed(own(user), own(client));
		}

		void succeeded(String user, String client) {
			throttle.succeeded(own(user), own(client));
		}

		long reserve(String user, String client) {
			return throttle.reserve(own(user), own(client));
		}

		void forgetExpired() {
			throttle.forgetExpired();
		}

		private String own(String key) {
			return key == null ? null : key + run;
		}

	}

}

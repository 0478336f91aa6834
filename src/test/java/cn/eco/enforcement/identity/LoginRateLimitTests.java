package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.eco.enforcement.identity.LoopbackClient.Response;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing passwords gets slow: five failed logins of one user name, or twenty from one address,
 * within five minutes lock it (429, problem details, Retry-After), whichever door they came through
 * — HTTP Basic on {@code /api} or {@code /engine-rest}, or the webapps' login form. Each test is its
 * own client address and uses accounts of its own, so the locks stay within it.
 */
@IntegrationTest
class LoginRateLimitTests {

	private static final String PASSWORD = "Correct-horse-7";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Test
	void fiveWrongPasswordsLockTheUserNameWithProblemDetailsAndRetryAfter() {
		String user = inspectorAccount("throttled-api");
		LoopbackClient guesser = client("127.0.9.1");

		assertThat(wrongPasswords(guesser, user, "/api/alarms", 5)).containsOnly(401);
		Response locked = guesser.get("/api/alarms", user, PASSWORD);

		assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
		assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(locked.json().get("status").asInt()).isEqualTo(429);
		assertThat(locked.json().get("title").asText()).isEqualTo("登录尝试过于频繁");
		assertThat(locked.json().get("retryAfterSeconds").asLong()).isBetween(1L, 60L);
		assertThat(client("127.0.9.2").get("/api/alarms", user, PASSWORD).status())
			.as("a stranger's guesses do not lock the owner out elsewhere")
			.isEqualTo(200);
		assertThat(client("127.0.9.2").get("/api/alarms", inspectorAccount("bystander"), PASSWORD).status())
			.as("other accounts are not affected")
			.isEqualTo(200);
	}

	@Test
	void concurrentGuessesGetNoMorePasswordChecksThanSequentialOnes() throws Exception {
		String user = inspectorAccount("concurrent-guesses");
		LoopbackClient guesser = client("127.0.9.77");

		List<Integer> statuses = atOnce(24, i -> guesser.get("/engine-rest/task", user, "wrong-" + i).status());

		assertThat(statuses.stream().filter(s -> s == 401).count()).as("password checks " + statuses).isEqualTo(5);
		assertThat(statuses).containsOnly(401, 429);
	}

	@Test
	void aClientOpeningMoreConnectionsAtOnceThanTheLimitIsLetInWithTheRightPassword() throws Exception {
		String user = inspectorAccount("many-senders");
		LoopbackClient platform = client("127.0.9.78");

		List<Integer> statuses = atOnce(24, i -> platform.get("/engine-rest/task", user, PASSWORD).status());

		assertThat(statuses).as("the same right credentials at once are one login, not 24 guesses").containsOnly(200);
		assertThat(wrongPasswords(platform, user, "/engine-rest/task", 5)).as("and they did not use up the count")
			.containsOnly(401);
	}

	@Test
	void theSameWrongPasswordSentAtOnceCountsOnceForEachCheck() throws Exception {
		String user = inspectorAccount("repeated-guess");
		LoopbackClient guesser = client("127.0.9.79");

		List<Integer> statuses = atOnce(12, i -> guesser.get("/engine-rest/task", user, "wrong").status());

		assertThat(statuses.stream().filter(s -> s == 401).count()).as("password checks " + statuses).isEqualTo(5);
		assertThat(statuses).containsOnly(401, 429);
		assertThat(guesser.get("/engine-rest/task", user, PASSWORD).status()).as("locked").isEqualTo(429);
	}

	@Test
	void engineRestAndWebappLoginFailuresCountTogether() {
		String user = inspectorAccount("throttled-engine");
		LoopbackClient guesser = client("127.0.9.3");

		assertThat(wrongPasswords(guesser, user, "/engine-rest/task", 3)).containsOnly(401);
		assertThat(guesser.webappLogin("tasklist", user, "wrong-1").status()).isEqualTo(401);
		assertThat(guesser.webappLogin("tasklist", user, "wrong-2").status()).isEqualTo(401);

		Response webapp = guesser.webappLogin("tasklist", user, PASSWORD);
		assertThat(webapp.status()).isEqualTo(429);
		assertThat(webapp.header("Retry-After")).isNotBlank();
		assertThat(guesser.get("/engine-rest/task", user, PASSWORD).status()).isEqualTo(429);
	}

	@Test
	void aSuccessfulLoginClearsTheCount() {
		String user = inspectorAccount("forgetful");
		LoopbackClient typist = client("127.0.9.4");

		assertThat(wrongPasswords(typist, user, "/api/alarms", 4)).containsOnly(401);
		assertThat(typist.webappLogin("tasklist", user, PASSWORD).status()).isEqualTo(200);
		assertThat(wrongPasswords(typist, user, "/api/alarms", 4)).containsOnly(401);

		assertThat(typist.get("/api/alarms", user, PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void oneAddressTryingManyUserNamesIsLocked() {
		String user = inspectorAccount("sprayed");
		LoopbackClient sprayer = client("127.0.9.5");
		for (int i = 0; i < 20; i++) {
			assertThat(sprayer.get("/engine-rest/task", "nobody-" + i, "123456").status()).isEqualTo(401);
		}

		assertThat(sprayer.get("/engine-rest/task", user, PASSWORD).status()).isEqualTo(429);
		assertThat(client("127.0.9.6").get("/engine-rest/task", user, PASSWORD).status()).as("another address")
			.isEqualTo(200);
	}

	private List<Integer> wrongPasswords(LoopbackClient client, String user, String path, int times) {
		return java.util.stream.IntStream.range(0, times)
			.mapToObj(i -> client.get(path, user, "wrong-" + i).status())
			.toList();
	}

	/** {@code times} requests sent by 12 threads at once; their statuses in order. */
	private static List<Integer> atOnce(int times, java.util.function.IntFunction<Integer> request) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
		try {
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var answer : pool.invokeAll(java.util.stream.IntStream.range(0, times)
				.mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> request.apply(i))
				.toList())) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

	private LoopbackClient client(String address) {
		return new LoopbackClient(address, port);
	}

	/** A fresh inspector account of this test (the demo accounts stay usable for everyone else). */
	private String inspectorAccount(String name) {
		String id = name + "-" + System.nanoTime() % 1_000_000;
		var account = identity.newUser(id);
		account.setFirstName("测试");
		account.setLastName(name);
		account.setPassword(PASSWORD);
		identity.saveUser(account);
		identity.createMembership(id, Roles.INSPECTORS);
		return id;
	}

}

package cn.eco.enforcement.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import cn.eco.enforcement.support.AppNode;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * HTTP Basic credentials each node has remembered as good (identity's credential cache) stop
 * working on the other node at the very next request when the password is changed, the account is
 * locked or removed on one node, and group changes count at once too. Two instances of the
 * packaged application on one fresh PostgreSQL database; no waiting between the change and the
 * request on the other node.
 */
class CredentialCacheTwoNodeIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static AppNode a;

	private static AppNode b;

	private static JdbcClient db;

	@BeforeAll
	static void startTwoNodesOnOneDatabase() {
		String url = PostgresTestDatabase.freshUrl();
		Map<String, String> settings = Map.of("spring.datasource.url", url, "spring.datasource.username",
				PostgresTestDatabase.user(), "spring.datasource.password", PostgresTestDatabase.password(), "app.demo.mode",
				"true");
		a = AppNode.start("cred-node-a", settings).awaitUp(Duration.ofMinutes(10));
		b = AppNode.start("cred-node-b", settings).awaitUp(Duration.ofMinutes(10));
		db = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, PostgresTestDatabase.user(),
				PostgresTestDatabase.password()));
	}

	@AfterAll
	static void stopNodes() {
		for (AppNode node : new AppNode[] { a, b }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void aPasswordChangedOnOneNodeStopsTheOldPasswordOnTheOtherAtOnce() {
		String user = newAccount("pw");
		rememberedOnBothNodes(user, "old-Passw0rd-1");

		Http.Response changed = a.as("demo").send(a.as("demo").request("/engine-rest/user/" + user + "/credentials")
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"password\":\"new-Passw0rd-2\",\"authenticatedUserPassword\":\"demo\"}")));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);

		assertThat(me(b, user, "old-Passw0rd-1")).isEqualTo(401);
		assertThat(me(a, user, "old-Passw0rd-1")).isEqualTo(401);
		assertThat(me(b, user, "new-Passw0rd-2")).isEqualTo(200);
	}

	@Test
	void anAccountRemovedOnOneNodeIsRefusedOnTheOtherAtOnce() {
		String user = newAccount("rm");
		rememberedOnBothNodes(user, "old-Passw0rd-1");

		assertThat(a.as("demo").delete("/engine-rest/user/" + user).status()).isEqualTo(204);

		assertThat(me(b, user, "old-Passw0rd-1")).isEqualTo(401);
	}

	@Test
	void anAccountLockedInTheEngineIsRefusedOnEveryNodeAtOnce() {
		String user = newAccount("lk");
		rememberedOnBothNodes(user, "old-Passw0rd-1");

		// The engine's own lock (ACT_ID_USER.LOCK_EXP_TIME_), as an administrator's tool would set it.
		db.sql("UPDATE act_id_user SET lock_exp_time_ = ? WHERE id_ = ?")
			.params(new java.sql.Timestamp(System.currentTimeMillis() + 3_600_000), user)
			.update();

		assertThat(me(a, user, "old-Passw0rd-1")).isEqualTo(401);
		assertThat(me(b, user, "old-Passw0rd-1")).isEqualTo(401);
	}

	@Test
	void failedLoginsOnOneNodeLockTheRememberedCredentialsOnTheOther() {
		String user = newAccount("th");
		rememberedOnBothNodes(user, "old-Passw0rd-1");

		int status = 0;
		for (int i = 0; i < 20 && status != 429; i++) {
			status = me(a, user, "wrong-" + i);
		}
		assertThat(status).isEqualTo(429);

		assertThat(me(b, user, "old-Passw0rd-1")).isEqualTo(429);
	}

	@Test
	void aGroupGrantedOnOneNodeCountsOnTheOtherAtOnce() {
		String user = newAccount("gr");
		rememberedOnBothNodes(user, "old-Passw0rd-1");
		assertThat(get(b, user, "old-Passw0rd-1", "/api/names")).isEqualTo(403);

		Http.Response joined = a.as("demo").send(a.as("demo").request("/engine-rest/group/auditors/members/" + user)
			.PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
		assertThat(joined.status()).as(joined.body()).isEqualTo(204);

		assertThat(get(b, user, "old-Passw0rd-1", "/api/names")).isEqualTo(200);
	}

	/** A new account with no groups and the password {@code old-Passw0rd-1}, created on node a. */
	private static String newAccount(String prefix) {
		String user = "cc" + prefix + RUN;
		Http.Response created = a.as("demo").post("/engine-rest/user/create", """
				{"profile": {"id": "%s", "firstName": "缓存", "lastName": "测试", "email": "%s@example.org"},
				 "credentials": {"password": "old-Passw0rd-1"}}""".formatted(user, user));
		assertThat(created.status()).as(created.body()).isEqualTo(204);
		return user;
	}

	/** Signs in twice on each node, so that both have the credentials remembered. */
	private static void rememberedOnBothNodes(String user, String password) {
		for (AppNode node : new AppNode[] { a, b, a, b }) {
			assertThat(me(node, user, password)).isEqualTo(200);
		}
	}

	private static int me(AppNode node, String user, String password) {
		return get(node, user, password, "/api/me");
	}

	private static int get(AppNode node, String user, String password, String path) {
		Http http = Http.anonymous(node.httpPort());
		return http.send(http.request(path)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET()).status();
	}

}

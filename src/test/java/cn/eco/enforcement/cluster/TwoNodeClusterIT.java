package cn.eco.enforcement.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import cn.eco.enforcement.support.AppNode;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.PostgresTestDatabase;
import cn.eco.enforcement.support.TestMailServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two instances of the packaged application on one fresh PostgreSQL database, both job executors
 * and both mail dispatchers on (Camunda 7's shared-database cluster): every alarm, whichever node
 * and protocol it came through, starts one process; each sign-for timer (shortened to 5 s) fires
 * once, with one escalation entry and one mail; both nodes show the same tasks; the off-line watch
 * raises one alarm per silent logger; mail goes out once; failed logins count on both nodes together.
 */
class TwoNodeClusterIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static AppNode a;

	private static AppNode b;

	private static JdbcClient db;

	@BeforeAll
	static void startTwoNodesOnOneDatabase() {
		String url = PostgresTestDatabase.freshUrl();
		Map<String, String> settings = Map.ofEntries(Map.entry("spring.datasource.url", url),
				Map.entry("spring.datasource.username", PostgresTestDatabase.user()),
				Map.entry("spring.datasource.password", PostgresTestDatabase.password()), Map.entry("app.demo.mode", "true"),
				Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", String.valueOf(TestMailServer.port())),
				Map.entry("app.mail.enabled", "true"), Map.entry("app.mail.send-interval", "PT1S"),
				Map.entry("app.deadlines.sign-for", "PT5S"),
				Map.entry("camunda.bpm.job-execution.wait-time-in-millis", "500"),
				Map.entry("camunda.bpm.job-execution.max-wait", "2000"),
				Map.entry("app.monitoring.detection.offline-after", "PT20S"),
				Map.entry("app.monitoring.detection.offline-check", "PT2S"));
		TestMailServer.get();
		// The first node creates the schemas; the second joins the running cluster (see README).
		a = AppNode.start("node-a", with(settings, "node-a")).awaitUp(Duration.ofMinutes(4));
		b = AppNode.start("node-b", with(settings, "node-b")).awaitUp(Duration.ofMinutes(4));
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
	void theSameAlarmSentToBothNodesAtOnceIsStoredOnceWithOneProcess() {
		for (int i = 0; i < 8; i++) {
			String body = alarmJson("TWIN-" + RUN + "-" + i);
			List<Http.Response> answers = atOnce(() -> a.as("monitor").post("/api/alarms", body),
					() -> b.as("monitor").post("/api/alarms", body));

			assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(201, 200);
			assertThat(answers).extracting(r -> r.json().get("id").asLong()).containsOnly(answers.get(0).json().get("id").asLong());
			assertThat(answers).extracting(r -> r.json().get("processInstanceId").asText())
				.containsOnly(answers.get(0).json().get("processInstanceId").asText());
		}
		assertThat(count("SELECT COUNT(*) FROM alarm WHERE external_id LIKE ?", "TWIN-" + RUN + "-%")).isEqualTo(8);
		assertThat(processesPerAlarm("TWIN-" + RUN + "-%")).hasSize(8).containsOnly(1L);
	}

	@Test
	void alarmsOverHttpAndHj212OnEitherNodeStartOneProcessEachAndEscalateExactlyOnce() throws Exception {
		Set<Long> alarms = new HashSet<>();
		for (int i = 0; i < 12; i++) {
			AppNode node = i % 2 == 0 ? a : b;
			Http.Response created = node.as("monitor").post("/api/alarms", alarmJson("HTTP-" + RUN + "-" + i));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			alarms.add(created.json().get("id").asLong());
		}
		for (AppNode node : new AppNode[] { a, b }) {
			String mn = Hj212Device.register(a, "C" + RUN.toUpperCase() + node.name().toUpperCase().replace("-", ""));
			ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(1);
			assertThat(Hj212Device.sendHour(node, mn, hour, "w01018-Avg=72.4,w01018-Flag=N")).contains("CN=9014");
		}
		alarms.addAll(db.sql("SELECT id FROM alarm WHERE external_id LIKE ? AND pollutant = 'w01018'")
			.param("MON-C" + RUN.toUpperCase() + "%")
			.query(Long.class).list());
		assertThat(alarms).hasSize(14);

		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> escalated(alarms) == 14
				&& mailsWithSubjectsOf(alarms, "【签收超时】告警 #%d 未按时签收").size() == 14);
		Thread.sleep(6_000); // a few more timer acquisitions and dispatcher rounds on both nodes

		assertThat(processesPerAlarmIds(alarms)).hasSize(14).containsOnly(1L);
		assertThat(db.sql("""
				SELECT COUNT(*) FROM alarm_progress WHERE stage = 'SIGN_FOR_OVERDUE' AND alarm_id IN (:ids)
				GROUP BY alarm_id""").param("ids", alarms).query(Long.class).list()).hasSize(14).containsOnly(1L);
		assertThat(db.sql("""
				SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'Task_EscalateSignFor'
				AND proc_inst_id_ IN (SELECT process_instance_id FROM alarm WHERE id IN (:ids)) GROUP BY proc_inst_id_""")
			.param("ids", alarms).query(Long.class).list()).hasSize(14).containsOnly(1L);
		assertThat(mailsWithSubjectsOf(alarms, "【签收超时】告警 #%d 未按时签收")).hasSize(14).allSatisfy(
				(subject, copies) -> assertThat(copies).as(subject).isEqualTo(1));
		System.getLogger("cluster").log(System.Logger.Level.INFO, "sign-for timers executed per node: " + db.sql("""
				SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE act_id_ = 'BoundaryEvent_SignForOverdue' AND job_state_ = 2
				GROUP BY hostname_""").query().listOfRows());
	}

	@Test
	void bothNodesShowTheSameTasksInRestAndTasklistAndATaskMadeOnOneIsAtOnceOnTheOther() {
		Http.Response created = a.as("monitor").post("/api/alarms", alarmJson("SEEN-" + RUN));
		String process = created.json().get("processInstanceId").asText();

		assertThat(b.as("wangqiang").get("/engine-rest/task?processInstanceId=" + process).json()).hasSize(1);
		// Off-line alarms of other tests' loggers keep adding tasks: compare those made until now.
		String query = "/task?assignee=wangqiang&maxResults=2000&createdBefore=" + java.net.URLEncoder.encode(
				java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(ZonedDateTime.now()),
				java.nio.charset.StandardCharsets.UTF_8);
		Set<String> restA = ids(a.as("wangqiang").get("/engine-rest" + query).json());
		Set<String> restB = ids(b.as("wangqiang").get("/engine-rest" + query).json());
		TasklistSession onA = TasklistSession.signIn(a.httpPort(), "wangqiang");
		TasklistSession onB = TasklistSession.signIn(b.httpPort(), "wangqiang");

		assertThat(restA).isNotEmpty().contains(task(process)).isEqualTo(restB);
		assertThat(ids(onA.engineJson(a.httpPort(), query))).isEqualTo(restA);
		assertThat(ids(onB.engineJson(b.httpPort(), query))).isEqualTo(restA);
		// A webapp session lives on the node that signed it in: without sticky sessions, sign in again.
		assertThat(onA.engineGet(b.httpPort(), query).statusCode()).isEqualTo(401);
	}

	@Test
	void wrongPasswordsSpreadOverBothNodesLockTheUserNameOnBoth() {
		for (int i = 0; i < 5; i++) {
			AppNode node = i % 2 == 0 ? a : b;
			Http sunhao = node.as("sunhao");
			String wrong = java.util.Base64.getEncoder()
				.encodeToString(("sunhao:wrong-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(sunhao.send(sunhao.request("/api/alarms?limit=1").setHeader("Authorization", "Basic " + wrong).GET())
				.status()).as("guess %d on %s", i + 1, node == a ? "node-a" : "node-b").isEqualTo(401);
		}

		assertThat(b.as("sunhao").get("/api/alarms?limit=1").status()).as("node-b saw two of the five").isEqualTo(429);
		assertThat(a.as("sunhao").get("/api/alarms?limit=1").status()).isEqualTo(429);
		assertThat(b.as("wangqiang").get("/api/alarms?limit=1").status()).as("others log in as usual").isEqualTo(200);
	}

	@Test
	void loggersThatFallSilentGetOneOffLineAlarmEachWhileBothNodesWatch() throws Exception {
		List<String> loggers = new ArrayList<>();
		ZonedDateTime hour = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(2);
		for (int i = 0; i < 6; i++) {
			AppNode node = i % 2 == 0 ? a : b;
			String mn = Hj212Device.register(node, "Q" + RUN.toUpperCase() + "SILENT" + i);
			assertThat(Hj212Device.sendHour(node, mn, hour, "w01018-Avg=20.0,w01018-Flag=N")).contains("CN=9014");
			loggers.add(mn);
		}

		// Off-line after 20 s of silence; each node's watch looks every 2 s.
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> loggers.stream()
			.allMatch(mn -> count("SELECT COUNT(*) FROM alarm WHERE external_id LIKE ?", "MON-" + mn + "-%") > 0));
		Thread.sleep(8_000); // several more rounds of both watches

		for (String mn : loggers) {
			assertThat(count("SELECT COUNT(*) FROM monitoring_condition WHERE mn = ? AND condition_type = 'OFFLINE'", mn))
				.as(mn).isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM alarm WHERE external_id LIKE ?", "MON-" + mn + "-%")).as(mn).isEqualTo(1);
		}
	}

	@Test
	void aMailBacklogIsSentExactlyOnceWhileBothNodesDispatch() {
		String tag = "BACKLOG-" + RUN;
		for (int i = 0; i < 300; i++) {
			db.sql("""
					INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)
					VALUES ('backlog@example.org', ?, 'backlog after an SMTP outage', now(), now())""")
				.param(tag + "-" + i)
				.update();
		}

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.until(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ? AND sent_at IS NULL", tag + "-%") == 0);
		await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

		Map<String, Long> received = receivedSubjects(s -> s.startsWith(tag + "-"));
		assertThat(received).hasSize(300);
		assertThat(received.entrySet()).filteredOn(e -> e.getValue() > 1).as("sent more than once").isEmpty();
	}

	private static String alarmJson(String externalId) {
		return """
				{"externalId": "%s", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "ENT-0001", "pollutant": "w01018",
				 "value": 65, "limit": 50, "unit": "mg/L", "observedAt": "%s"}""".formatted(externalId,
				OffsetDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.SECONDS));
	}

	private static Map<String, String> with(Map<String, String> settings, String hostname) {
		Map<String, String> all = new java.util.HashMap<>(settings);
		// Recorded in ACT_HI_JOB_LOG.HOSTNAME_: shows which node ran each job.
		all.put("camunda.bpm.generic-properties.properties.hostname", hostname);
		return all;
	}

	@SafeVarargs
	private static <T> List<T> atOnce(java.util.function.Supplier<T>... calls) {
		CyclicBarrier start = new CyclicBarrier(calls.length);
		List<CompletableFuture<T>> futures = new ArrayList<>();
		for (var call : calls) {
			futures.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return call.get();
			}, runnable -> new Thread(runnable).start()));
		}
		return futures.stream().map(CompletableFuture::join).toList();
	}

	private static long count(String sql, Object... params) {
		return db.sql(sql).params(params).query(Long.class).single();
	}

	private static List<Long> processesPerAlarm(String externalIdPattern) {
		return processesPerAlarmIds(Set.copyOf(db.sql("SELECT id FROM alarm WHERE external_id LIKE ?").param(externalIdPattern)
			.query(Long.class).list()));
	}

	/** Per alarm, how many enforcement-loop processes carry its business key. */
	private static List<Long> processesPerAlarmIds(Set<Long> alarmIds) {
		return db.sql("""
				SELECT COUNT(p.id_) FROM alarm a LEFT JOIN act_hi_procinst p
				  ON p.business_key_ = 'ALARM-' || a.id AND p.proc_def_key_ = 'enforcement-loop'
				WHERE a.id IN (:ids) GROUP BY a.id""").param("ids", alarmIds).query(Long.class).list();
	}

	private static long escalated(Set<Long> alarmIds) {
		return db.sql("SELECT COUNT(DISTINCT alarm_id) FROM alarm_progress WHERE stage = 'SIGN_FOR_OVERDUE' AND alarm_id IN (:ids)")
			.param("ids", alarmIds).query(Long.class).single();
	}

	private static Map<String, Long> mailsWithSubjectsOf(Set<Long> alarmIds, String subjectPattern) {
		Set<String> subjects = alarmIds.stream().map(subjectPattern::formatted).collect(Collectors.toSet());
		return receivedSubjects(subjects::contains);
	}

	/** Subjects GreenMail received, with how many copies of each. */
	private static Map<String, Long> receivedSubjects(java.util.function.Predicate<String> wanted) {
		return java.util.Arrays.stream(TestMailServer.get().getReceivedMessages()).map(message -> {
			try {
				return message.getSubject();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).filter(wanted).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
	}

	private static String task(String processInstanceId) {
		return a.as("wangqiang").get("/engine-rest/task?processInstanceId=" + processInstanceId).json().get(0).get("id").asText();
	}

	private static Set<String> ids(JsonNode tasks) {
		Set<String> ids = new HashSet<>();
		tasks.forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

}

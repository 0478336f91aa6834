package cn.eco.enforcement.tools.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import cn.eco.enforcement.tools.scale.OpenWorkClient.Measured;

/**
 * History clean-up at scale (docs/scale.md, history clean-up). Against a running platform on PostgreSQL:
 * <ol>
 * <li>deploys a one-step process {@code history-cleanup-run} (time to live 1 day) and runs it once
 * over the engine REST API, so its history is the engine's own;
 * <li>copies that history {@code --instances} times in bulk ({@link OpenWorkCopies}), with a removal
 * time a day in the past: expired short-lived history;
 * <li>offers {@code --rate} alarms/s for {@code --before-seconds} (alarms/s and p99 before);
 * <li>starts the engine's history clean-up ({@code POST /engine-rest/history/cleanup?immediatelyDue=true})
 * while the same alarm rate keeps flowing, and counts the copies left every few seconds until none is
 * left or {@code --max-seconds} passed;
 * <li>prints history instances removed/s, history rows removed/s, alarms/s and p99 during the
 * clean-up against before, and checks that no enforcement loop or case lost its history.
 * </ol>
 * Deleted rows stay in a table's pages and indexes until {@code VACUUM}, and each clean-up batch looks
 * for expired rows through those indexes. Where the server's autovacuum is off (this machine's is), the
 * tool vacuums the three history tables every {@code --vacuum-every} seconds (60; 0: never) while the
 * clean-up runs, as autovacuum would on a production server.
 */
public final class HistoryCleanupRun {

	static final String PROCESS_KEY = "history-cleanup-run";

	/** historyCleanupBatchThreshold in application.yml. */
	private static final int BATCH_THRESHOLD = 10;

	private static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_HistoryCleanupRun"
			    targetNamespace="http://eco.cn/enforcement/scale">
			  <bpmn:process id="history-cleanup-run" name="历史清理测试（短期流程）" isExecutable="true" camunda:historyTimeToLive="1">
			    <bpmn:startEvent id="StartEvent_Run" />
			    <bpmn:sequenceFlow id="Flow_StartToEnd" sourceRef="StartEvent_Run" targetRef="EndEvent_Run" />
			    <bpmn:endEvent id="EndEvent_Run" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	static final String USAGE = """
			usage: HistoryCleanupRun --jdbc-url jdbc:postgresql://127.0.0.1:5432/<platform db> [--jdbc-user postgres --jdbc-password ""]
			                         [--http http://localhost:8080] [--admin demo --admin-password demo]
			                         [--user monitor --password monitor] [--instances 1000000] [--chunk 50000]
			                         [--rate 20] [--before-seconds 30] [--max-seconds 3600] [--skip-seed] [--vacuum-every 60]
			See docs/scale.md, history clean-up. Use a scratch database: the copies and the alarms stay behind.""";

	private HistoryCleanupRun() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		Map<String, String> options;
		try {
			options = OpenWorkClient.options(args, Set.of("jdbc-url", "jdbc-user", "jdbc-password", "http", "admin",
					"admin-password", "user", "password", "instances", "chunk", "rate", "before-seconds", "max-seconds",
					"skip-seed", "vacuum-every"));
			if (!options.containsKey("help") && !options.containsKey("jdbc-url")) {
				throw new IllegalArgumentException("--jdbc-url is required");
			}
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage() + "\n" + USAGE);
			System.exit(2);
			return;
		}
		if (options.containsKey("help")) {
			System.out.println(USAGE);
			return;
		}
		System.exit(run(options) ? 0 : 1);
	}

	static boolean run(Map<String, String> options) throws Exception {
		String admin = options.getOrDefault("admin", "demo");
		String adminPassword = options.getOrDefault("admin-password", "demo");
		String user = options.getOrDefault("user", "monitor");
		String password = options.getOrDefault("password", "monitor");
		int instances = OpenWorkClient.number(options, "instances", 1_000_000);
		int rate = OpenWorkClient.number(options, "rate", 20);
		int beforeSeconds = OpenWorkClient.number(options, "before-seconds", 30);
		int maxSeconds = OpenWorkClient.number(options, "max-seconds", 3600);
		int vacuumEvery = OpenWorkClient.number(options, "vacuum-every", 60);
		OpenWorkClient http = new OpenWorkClient(options.getOrDefault("http", "http://localhost:8080"));
		try (Connection db = OpenWorkClient.connect(options, options.get("jdbc-url"))) {
			if (!options.containsKey("skip-seed")) {
				seed(db, http, admin, adminPassword, instances, OpenWorkClient.number(options, "chunk", 50_000));
			}
			long expired = count(db, "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = '" + PROCESS_KEY + "'");
			long expiredRows = expiredRows(db);
			System.out.printf("expired     %,d history instances of %s (%,d history rows with a removal time in the past); "
					+ "load average %s%n", expired, PROCESS_KEY, expiredRows, OpenWorkClient.loadAverage());

			Measured before = OpenWorkClient.fixedRate(rate, beforeSeconds, null, () -> http.postAlarm(user, password) != null);
			System.out.printf("before      %d alarms/s offered for %d s: %.1f alarms/s done (%d, failed %d), %s; load average %s%n",
					rate, beforeSeconds, before.perSecond(), before.done(), before.failed(), before.latencies().summary(),
					OpenWorkClient.loadAverage());
			if (!http.failures.isEmpty()) {
				System.out.println("failures    " + http.failures);
			}
			// counted after the alarms before: their loops are history the clean-up must keep
			long legalBefore = legalPeriodHistory(db);

			AtomicBoolean cleaned = new AtomicBoolean();
			AtomicReference<Measured> during = new AtomicReference<>();
			Thread alarms = new Thread(() -> {
				try {
					during.set(OpenWorkClient.fixedRate(rate, 0, cleaned, () -> http.postAlarm(user, password) != null));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			alarms.start();
			Thread vacuums = autovacuum(options, vacuumEvery, cleaned);
			long started = System.nanoTime();
			var answer = http.json("POST", "/engine-rest/history/cleanup?immediatelyDue=true&reason="
					+ java.net.URLEncoder.encode("历史清理压测（docs/scale.md, history clean-up）", java.nio.charset.StandardCharsets.UTF_8), admin, adminPassword, null);
			if (answer.status() != 200) {
				cleaned.set(true);
				alarms.join();
				throw new IllegalStateException("starting the clean-up: HTTP " + answer.status() + " " + answer.body());
			}
			long left = expired;
			long rowsLeft = expiredRows;
			double seconds = 0;
			double instancesGone = 0;
			// below the engine's batch threshold (10) the job backs off for up to an hour: done
			while (rowsLeft >= BATCH_THRESHOLD && seconds < maxSeconds) {
				Thread.sleep(5000);
				seconds = (System.nanoTime() - started) / 1e9;
				left = count(db, "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = '" + PROCESS_KEY + "'");
				rowsLeft = expiredRows(db);
				if (left == 0 && instancesGone == 0) {
					instancesGone = seconds;
				}
				System.out.printf("  %6.0f s  %,d instances and %,d rows left (%.0f instances/s so far); load average %s%n",
						seconds, left, rowsLeft, (expired - left) / seconds, OpenWorkClient.loadAverage());
			}
			cleaned.set(true);
			alarms.join();
			if (vacuums != null) {
				vacuums.join();
			}
			if (instancesGone == 0) {
				instancesGone = seconds;
			}
			Measured whileCleaning = during.get();
			System.out.printf("clean-up    %,d history instances gone after %.0f s (%.0f instances/s); %,d history rows in %.0f s "
					+ "(%.0f rows/s)%s%n", expired - left, instancesGone, (expired - left) / instancesGone,
					expiredRows - rowsLeft, seconds, (expiredRows - rowsLeft) / seconds,
					rowsLeft >= BATCH_THRESHOLD ? " [NOT FINISHED: " + rowsLeft + " rows left after --max-seconds]" : "");
			System.out.printf("during      %d alarms/s offered: %.1f alarms/s done (%d, failed %d), %s; load average %s%n", rate,
					whileCleaning.perSecond(), whileCleaning.done(), whileCleaning.failed(),
					whileCleaning.latencies().summary(), OpenWorkClient.loadAverage());
			System.out.printf("ratio       alarms/s during ÷ before = %.2f; p99 during ÷ before = %.2f%n",
					whileCleaning.perSecond() / before.perSecond(),
					whileCleaning.latencies().millis(99) / before.latencies().millis(99));
			long legalAfter = legalPeriodHistory(db);
			boolean kept = legalAfter >= legalBefore;
			if (!http.failures.isEmpty()) {
				System.out.println("failures    " + http.failures);
			}
			System.out.printf("check       enforcement-loop/case-filing history instances: %,d before, %,d after [%s]%n", legalBefore,
					legalAfter, kept ? "PASS kept" : "FAIL some removed");
			return kept && rowsLeft < BATCH_THRESHOLD && whileCleaning.failed() == 0;
		}
	}

	private static void seed(Connection db, OpenWorkClient http, String admin, String adminPassword, int instances, int chunk)
			throws Exception {
		http.deploy(admin, adminPassword, PROCESS_KEY, BPMN);
		var started = http.json("POST", "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", admin, adminPassword,
				Map.of());
		if (started.status() != 200) {
			throw new IllegalStateException("starting " + PROCESS_KEY + ": HTTP " + started.status() + " " + started.body());
		}
		String template = started.json().path("id").asText();
		// expired: ended two days ago, removal time (end + 1 day) yesterday
		try (Statement statement = db.createStatement()) {
			for (String table : new String[] { "act_hi_procinst", "act_hi_actinst", "act_hi_op_log" }) {
				statement.executeUpdate("UPDATE " + table + " SET removal_time_ = now() - interval '1 day' WHERE "
						+ "proc_inst_id_ = '" + template + "'");
			}
		}
		var copies = new OpenWorkCopies(db, template,
				Map.of("removal_time_", "now() - interval '1 day'", "start_time_", "now() - interval '2 days'", "end_time_",
						"now() - interval '2 days'"));
		System.out.printf("template    %s: %s, %d rows a copy; load average %s%n", template, copies.rowsByTable(),
				copies.rowsPerCopy(), OpenWorkClient.loadAverage());
		long from = System.nanoTime();
		var outcome = copies.copy(1, instances, chunk, done -> System.out.printf("  %,d copies (%.0f s)%n", done,
				(System.nanoTime() - from) / 1e9));
		try (Statement statement = db.createStatement()) {
			// what autovacuum does after a bulk insert: statistics, and the new rows marked visible once
			for (String table : HISTORY_TABLES) {
				statement.execute("VACUUM (ANALYZE) " + table);
			}
		}
		System.out.printf("seeded      %,d copies (%,d skipped as present), %,d rows in %.0f s: %,.0f rows/s; load average %s%n",
				outcome.copies(), outcome.skipped(), outcome.rows(), outcome.seconds(), outcome.rowsPerSecond(),
				OpenWorkClient.loadAverage());
	}

	private static final String[] HISTORY_TABLES = { "act_hi_procinst", "act_hi_actinst", "act_hi_op_log" };

	/**
	 * Vacuums the history tables every {@code seconds} until {@code done}, on its own connection, when
	 * the server's autovacuum is off; null when it is on or {@code seconds} is 0.
	 */
	private static Thread autovacuum(Map<String, String> options, int seconds, AtomicBoolean done) throws SQLException {
		Connection db = OpenWorkClient.connect(options, options.get("jdbc-url"));
		String autovacuum;
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SHOW autovacuum")) {
			rs.next();
			autovacuum = rs.getString(1);
		}
		if ("on".equals(autovacuum) || seconds <= 0) {
			System.out.printf("vacuum      the server's autovacuum is %s%s%n", autovacuum,
					seconds <= 0 ? "; --vacuum-every 0: the tool does not vacuum" : "");
			db.close();
			return null;
		}
		System.out.printf("vacuum      the server's autovacuum is off: the tool vacuums %s every %d s during the clean-up%n",
				String.join(", ", HISTORY_TABLES), seconds);
		Thread vacuums = new Thread(() -> {
			try (db; Statement statement = db.createStatement()) {
				long next = System.nanoTime() + seconds * 1_000_000_000L;
				while (!done.get()) {
					if (System.nanoTime() < next) {
						Thread.sleep(200);
						continue;
					}
					long from = System.nanoTime();
					for (String table : HISTORY_TABLES) {
						statement.execute("VACUUM " + table);
					}
					System.out.printf("  vacuum    %s in %.1f s%n", String.join(", ", HISTORY_TABLES), (System.nanoTime() - from) / 1e9);
					next = System.nanoTime() + seconds * 1_000_000_000L;
				}
			}
			catch (SQLException ex) {
				System.out.println("  vacuum    failed: " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "vacuum");
		vacuums.setDaemon(true);
		vacuums.start();
		return vacuums;
	}

	private static long expiredRows(Connection db) throws SQLException {
		return count(db, "SELECT (SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = '" + PROCESS_KEY
				+ "') + (SELECT count(*) FROM act_hi_actinst WHERE proc_def_key_ = '" + PROCESS_KEY
				+ "') + (SELECT count(*) FROM act_hi_op_log WHERE proc_def_key_ = '" + PROCESS_KEY + "')");
	}

	private static long legalPeriodHistory(Connection db) throws SQLException {
		return count(db, "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ IN ('enforcement-loop', 'case-filing')");
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}

package cn.eco.enforcement.tools.scale;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.eco.enforcement.tools.scale.OpenWorkClient.Latencies;
import cn.eco.enforcement.tools.scale.OpenWorkClient.Measured;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sign-for completions with a year's open work (docs/scale.md, history clean-up). Against a running platform
 * on PostgreSQL (demo accounts), in one run:
 * <ol>
 * <li><b>empty</b>: posts {@code --alarms} alarms, measures the inspector's Tasklist filter 我的待办
 * (first page, as Tasklist asks for it) {@code --list-samples} times, then completes every alarm's
 * 签收 task over {@code /engine-rest/task/{id}/complete} as its assignee, {@code --threads} clients
 * back to back: completions/s and p99;
 * <li><b>seed</b>: posts {@code --templates} alarms and copies their waiting loops in bulk
 * ({@link OpenWorkCopies}) until {@code --open} loops wait in 签收 (runtime, history, identity links,
 * authorizations, variables, the overdue timer); resumable, a chunk already copied is skipped;
 * <li><b>seeded</b>: the same measurements with fresh alarms;
 * <li><b>check</b>: a few copies are signed for over REST and must move on to their next task.
 * </ol>
 * Targets: completions/s seeded ≥ 0.9 of empty; filter first page p99 &lt; 300 ms seeded.
 * <p>
 * With {@code --empty-http} and {@code --empty-jdbc-url}, the empty figure comes from a second
 * platform on an empty database instead, so that the comparison can be repeated without seeding
 * again: after the seed, {@code --warmup-rounds} (1) uncounted and {@code --rounds} (3) counted rounds
 * each measure both platforms one after the other (the order alternating from round to round, so that
 * a drift of the machine favours neither), and each round prints its own ratio.
 * <p>
 * {@code --staff N} spreads the copies over a bureau of N inspectors: copy {@code g} is assigned to
 * the measured inspector when {@code g % N == 0} and otherwise to a colleague {@code staff-0001} …
 * (ids without accounts: nobody logs in as them), in the task, its history, authorization, identity
 * link and {@code assignee} variable alike. Without it (N = 1) every copy keeps its template's
 * assignee, so the demo's few inspectors hold tens of thousands of open tasks each.
 */
public final class OpenWorkLoad {

	static final String USAGE = """
			usage: OpenWorkLoad --jdbc-url jdbc:postgresql://127.0.0.1:5432/<platform db> [--jdbc-user postgres --jdbc-password ""]
			                    [--http http://localhost:8080] [--admin demo --admin-password demo] [--user monitor --password monitor]
			                    [--open 300000] [--templates 30] [--chunk 5000] [--alarms 300] [--threads 4] [--list-samples 200]
			                    [--staff 1] [--skip-empty] [--skip-seed]
			                    [--empty-http http://localhost:8081 --empty-jdbc-url jdbc:postgresql://…/<empty db> [--rounds 3] [--warmup-rounds 1]]
			Demo accounts: an inspector's password is his id. See docs/scale.md, history clean-up. Use a scratch database.""";

	private static final String MY_TASKS = "我的待办";

	private final OpenWorkClient http;

	private final String url;

	private final Map<String, String> options;

	private final String admin;

	private final String adminPassword;

	/** One platform: the tool is made once for the platform it seeds and once for the empty one, if any. */
	private OpenWorkLoad(Map<String, String> options, String url) {
		this.options = options;
		this.url = url;
		this.http = new OpenWorkClient(url);
		this.admin = options.getOrDefault("admin", "demo");
		this.adminPassword = options.getOrDefault("admin-password", "demo");
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		Map<String, String> options;
		try {
			options = OpenWorkClient.options(args, Set.of("jdbc-url", "jdbc-user", "jdbc-password", "http", "admin",
					"admin-password", "user", "password", "open", "templates", "chunk", "alarms", "threads", "list-samples",
					"staff", "skip-empty", "skip-seed", "empty-http", "empty-jdbc-url", "rounds", "warmup-rounds"));
			if (!options.containsKey("help") && !options.containsKey("jdbc-url")) {
				throw new IllegalArgumentException("--jdbc-url is required");
			}
			if (options.containsKey("empty-http") != options.containsKey("empty-jdbc-url")) {
				throw new IllegalArgumentException("--empty-http and --empty-jdbc-url go together");
			}
			if (options.containsKey("empty-http") && options.containsKey("skip-empty")) {
				throw new IllegalArgumentException("--skip-empty and --empty-http contradict each other");
			}
			if (options.containsKey("empty-jdbc-url") && options.get("empty-jdbc-url").equals(options.get("jdbc-url"))) {
				throw new IllegalArgumentException("--empty-jdbc-url must name another database than --jdbc-url");
			}
			if (OpenWorkClient.number(options, "rounds", 3) < 1 || OpenWorkClient.number(options, "warmup-rounds", 1) < 0) {
				throw new IllegalArgumentException("--rounds needs at least 1, --warmup-rounds at least 0");
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
		OpenWorkLoad seeded = new OpenWorkLoad(options, options.getOrDefault("http", "http://localhost:8080"));
		boolean met;
		if (options.containsKey("empty-http")) {
			met = seeded.runBeside(new OpenWorkLoad(options, options.get("empty-http")));
		}
		else {
			met = seeded.run();
		}
		System.exit(met ? 0 : 1);
	}

	/** One measured phase: the filter's first page for one inspector and the sign-for completions. */
	record Phase(Measured list, Measured completions, long openTasks) {
	}

	private boolean run() throws Exception {
		int open = OpenWorkClient.number(options, "open", 300_000);
		try (Connection db = OpenWorkClient.connect(options, options.get("jdbc-url"))) {
			System.out.printf("setup       %s, %d open sign-for tasks wanted, %d alarms a phase, %d client(s); load average %s%n",
					url, open, OpenWorkClient.number(options, "alarms", 300), OpenWorkClient.number(options, "threads", 4),
					OpenWorkClient.loadAverage());
			Phase empty = options.containsKey("skip-empty") ? null : phase("empty", db);
			List<Copied> copied = options.containsKey("skip-seed") ? List.of() : seed(db, open);
			Phase seeded = phase("seeded", db);
			boolean ok = true;
			if (empty != null) {
				double ratio = seeded.completions().perSecond() / empty.completions().perSecond();
				ok = ratio >= 0.9;
				System.out.printf("ratio       sign-for completions/s with %,d open tasks ÷ empty = %.2f  [%s target ≥ 0.9]%n",
						seeded.openTasks(), ratio, ok ? "PASS" : "FAIL");
			}
			double p99 = seeded.list().latencies().millis(99);
			boolean listOk = p99 < 300 && seeded.list().failed() == 0;
			System.out.printf("task list   %s first page p99 %.1f ms with %,d open tasks%s  [%s target < 300 ms]%n", MY_TASKS, p99,
					seeded.openTasks(), empty == null ? "" : String.format(" (%.1f ms with %,d)", empty.list().latencies().millis(99),
							empty.openTasks()), listOk ? "PASS" : "FAIL");
			boolean checked = copied.isEmpty() || check(copied);
			return ok && listOk && checked && seeded.completions().failed() == 0;
		}
	}

	/**
	 * Seeds this platform, then measures it and the empty platform in rounds: in each, both one after
	 * the other, the empty one first in even rounds and second in odd ones.
	 */
	private boolean runBeside(OpenWorkLoad empty) throws Exception {
		int open = OpenWorkClient.number(options, "open", 300_000);
		int rounds = OpenWorkClient.number(options, "rounds", 3);
		int warmups = OpenWorkClient.number(options, "warmup-rounds", 1);
		try (Connection db = OpenWorkClient.connect(options, options.get("jdbc-url"));
				Connection emptyDb = OpenWorkClient.connect(options, options.get("empty-jdbc-url"))) {
			System.out.printf("setup       seeded %s, empty %s; %d open sign-for tasks wanted, %d alarms a phase, %d client(s), "
					+ "%d round(s) after %d uncounted; load average %s%n", url, empty.url, open,
					OpenWorkClient.number(options, "alarms", 300), OpenWorkClient.number(options, "threads", 4), rounds, warmups,
					OpenWorkClient.loadAverage());
			List<Copied> copied = options.containsKey("skip-seed") ? List.of() : seed(db, open);
			List<Double> ratios = new ArrayList<>();
			List<Double> seededP99 = new ArrayList<>();
			boolean failures = false;
			for (int round = 0; round < warmups + rounds; round++) {
				String tag = round < warmups ? " w" : " " + (round - warmups + 1);
				// both databases as autovacuum would keep them, so that neither runs on an empty table's plans
				long vacuumed = System.nanoTime();
				vacuum(db);
				vacuum(emptyDb);
				System.out.printf("vacuum     %s both databases' engine tables vacuumed and analyzed in %.0f s%n", tag,
						(System.nanoTime() - vacuumed) / 1e9);
				Phase emptyPhase;
				Phase seededPhase;
				if (round % 2 == 0) {
					emptyPhase = empty.phase("empty" + tag, emptyDb);
					seededPhase = phase("seeded" + tag, db);
				}
				else {
					seededPhase = phase("seeded" + tag, db);
					emptyPhase = empty.phase("empty" + tag, emptyDb);
				}
				double ratio = seededPhase.completions().perSecond() / emptyPhase.completions().perSecond();
				if (round < warmups) {
					System.out.printf("ratio    w  %.2f (warm-up, not counted)%n", ratio);
					continue;
				}
				ratios.add(ratio);
				seededP99.add(seededPhase.list().latencies().millis(99));
				failures |= seededPhase.completions().failed() > 0 || seededPhase.list().failed() > 0;
				System.out.printf("ratio  %3s  sign-for completions/s with %,d open tasks ÷ with %,d = %.1f ÷ %.1f = %.2f  [%s target ≥ 0.9]%n",
						tag.strip(), seededPhase.openTasks(), emptyPhase.openTasks(), seededPhase.completions().perSecond(),
						emptyPhase.completions().perSecond(), ratio, ratio >= 0.9 ? "PASS" : "FAIL");
			}
			boolean ratiosMet = ratios.stream().allMatch(ratio -> ratio >= 0.9);
			boolean listMet = seededP99.stream().allMatch(p99 -> p99 < 300);
			System.out.printf("ratios      %d round(s): %.2f–%.2f  [%s target ≥ 0.9 in every round]%n", ratios.size(),
					Collections.min(ratios), Collections.max(ratios), ratiosMet ? "PASS" : "FAIL");
			System.out.printf("task list   %s first page p99 with the seeded platform: %.1f–%.1f ms  [%s target < 300 ms in every round]%n",
					MY_TASKS, Collections.min(seededP99), Collections.max(seededP99), listMet ? "PASS" : "FAIL");
			boolean checked = copied.isEmpty() || check(copied);
			return ratiosMet && listMet && checked && !failures;
		}
	}

	private Phase phase(String name, Connection db) throws Exception {
		int alarms = OpenWorkClient.number(options, "alarms", 300);
		int threads = OpenWorkClient.number(options, "threads", 4);
		List<String> processes = postAlarms(alarms, threads);
		List<Task> tasks = tasksOf(processes);
		long openTasks = count(db, "SELECT count(*) FROM act_ru_task");
		if (inspector == null) {
			inspector = mostAssigned(tasks);
		}
		Measured list = listFirstPage(inspector, OpenWorkClient.number(options, "list-samples", 200));
		long inspectorsTasks = count(db, "SELECT count(*) FROM act_ru_task WHERE assignee_ = '" + inspector + "'");
		System.out.printf("%-11s %s's %s first page (15, as Tasklist asks), %d times one after another: %s "
				+ "(%,d tasks assigned to him, %,d open tasks in all); load average %s%n", name, inspector, MY_TASKS,
				list.done(), list.latencies().summary(), inspectorsTasks, openTasks, OpenWorkClient.loadAverage());
		Measured completions = OpenWorkClient.closedLoop(threads, tasks, this::signFor);
		System.out.printf("%-11s %d sign-for completions over REST, %d client(s): %.1f completions/s (%d, failed %d), %s; "
				+ "load average %s%n", name, tasks.size(), threads, completions.perSecond(), completions.done(),
				completions.failed(), completions.latencies().summary(), OpenWorkClient.loadAverage());
		return new Phase(list, completions, openTasks);
	}

	record Task(String id, String processInstanceId, String assignee, String taskDefinitionKey) {

		static Task of(JsonNode node) {
			return new Task(node.path("id").asText(), node.path("processInstanceId").asText(), node.path("assignee").asText(null),
					node.path("taskDefinitionKey").asText());
		}

	}

	private List<String> postAlarms(int count, int threads) throws InterruptedException {
		List<String> processes = Collections.synchronizedList(new ArrayList<>());
		String user = options.getOrDefault("user", "monitor");
		String password = options.getOrDefault("password", "monitor");
		Measured posted = OpenWorkClient.closedLoop(threads, Collections.nCopies(count, 0), ignored -> {
			String process = http.postAlarm(user, password);
			if (process != null) {
				processes.add(process);
			}
			return process != null;
		});
		if (posted.failed() > 0) {
			System.out.printf("            %d alarm(s) not answered 201: %s%n", posted.failed(), http.failures);
		}
		return new ArrayList<>(processes);
	}

	/** The waiting tasks of these processes (as the administrator, 500 processes at a time). */
	private List<Task> tasksOf(List<String> processes) throws IOException, InterruptedException {
		List<Task> tasks = new ArrayList<>();
		for (int from = 0; from < processes.size(); from += 500) {
			var answer = http.json("POST", "/engine-rest/task?maxResults=5000", admin, adminPassword,
					Map.of("processInstanceIdIn", processes.subList(from, Math.min(processes.size(), from + 500))));
			if (answer.status() != 200) {
				throw new IOException("task query: HTTP " + answer.status() + " " + answer.body());
			}
			answer.json().forEach(node -> tasks.add(Task.of(node)));
		}
		tasks.removeIf(task -> !"Task_SignFor".equals(task.taskDefinitionKey()) || task.assignee() == null);
		return tasks;
	}

	private final Map<String, String> filterIds = new HashMap<>();

	/** Whose task list is measured: the assignee of most of the first phase's alarms, the same in every phase. */
	private String inspector;

	/** The inspector's 我的待办, first page of 15, as Tasklist asks for it (HAL, with the filter's card variables). */
	private Measured listFirstPage(String inspector, int samples) throws Exception {
		String filter = filterIds.get(inspector);
		if (filter == null) {
			var answer = http.json("GET", "/engine-rest/filter?resourceType=Task&name="
					+ URLEncoder.encode(MY_TASKS, StandardCharsets.UTF_8), inspector, inspector, null);
			JsonNode filters = answer.json();
			if (answer.status() != 200 || filters.isEmpty()) {
				throw new IOException(inspector + " cannot read the filter " + MY_TASKS + ": HTTP " + answer.status() + " " + answer.body());
			}
			filter = filters.get(0).path("id").asText();
			filterIds.put(inspector, filter);
		}
		String path = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
		String body = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
		Latencies latencies = new Latencies();
		long failed = 0;
		long from = System.nanoTime();
		for (int i = 0; i < samples; i++) {
			long started = System.nanoTime();
			var answer = http.send("POST", path, inspector, inspector, "application/json", body);
			if (answer.status() == 200) {
				latencies.record(System.nanoTime() - started);
			}
			else {
				failed++;
			}
		}
		return new Measured(latencies.count(), failed, (System.nanoTime() - from) / 1e9, latencies);
	}

	private static String mostAssigned(List<Task> tasks) {
		return tasks.stream()
			.collect(Collectors.groupingBy(Task::assignee, Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.orElseThrow()
			.getKey();
	}

	private boolean signFor(Task task) {
		try {
			var answer = http.json("POST", "/engine-rest/task/" + task.id() + "/complete", task.assignee(), task.assignee(),
					Map.of("variables", Map.of("signForNote", Map.of("value", "负载测试签收", "type", "String"))));
			return answer.status() == 204;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** A template loop and how many copies of it there are, spread over {@code staff} inspectors. */
	record Copied(String processInstanceId, String taskId, String assignee, long copies, int staff) {
	}

	private List<Copied> seed(Connection db, int open) throws Exception {
		long waiting = count(db, "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'Task_SignFor'");
		int templates = OpenWorkClient.number(options, "templates", 30);
		int chunk = OpenWorkClient.number(options, "chunk", 5000);
		List<Task> tasks = tasksOf(postAlarms(templates, 1));
		tasks.sort(Comparator.comparing(Task::processInstanceId));
		long perTemplate = Math.max(0, (open - waiting - tasks.size()) / tasks.size());
		System.out.printf("seed        %,d loops wait in 签收; %d new template loops × %,d copies each; load average %s%n", waiting,
				tasks.size(), perTemplate, OpenWorkClient.loadAverage());
		if (inspector == null) {
			inspector = mostAssigned(tasks);
		}
		int staff = OpenWorkClient.number(options, "staff", 1);
		String assigneeOfCopy = "CASE WHEN g % " + staff + " = 0 THEN '" + inspector.replace("'", "''")
				+ "' ELSE 'staff-' || lpad((g % " + staff + ")::text, 4, '0') END";
		if (staff > 1) {
			System.out.printf("staff       copies spread over %d inspectors: %s and %d colleagues without accounts%n", staff, inspector,
					staff - 1);
		}
		long started = System.nanoTime();
		long rows = 0;
		List<Copied> copied = new ArrayList<>();
		for (Task template : tasks) {
			// the copies' 签收超时 timers and the tasks' due dates lie 30 days on, so that no 300,000 escalations
			// start and no 300,000 deadline reminders go out during or after the run
			var copies = new OpenWorkCopies(db, template.processInstanceId(),
					Map.of("duedate_", "t.duedate_ + interval '30 days'", "due_date_", "t.due_date_ + interval '30 days'"),
					staff > 1 ? Map.of(template.assignee(), assigneeOfCopy) : Map.of());
			if (copied.isEmpty()) {
				System.out.printf("template    %s: %d rows a copy %s%n", template.processInstanceId(), copies.rowsPerCopy(),
						copies.rowsByTable());
			}
			var outcome = copies.copy(1, perTemplate + 1, chunk, done -> {
			});
			rows += outcome.rows();
			copied.add(new Copied(template.processInstanceId(), template.id(), template.assignee(), perTemplate, staff));
			System.out.printf("  template %d of %d: %,d copies, %,d rows in %.0f s (%,.0f rows/s); load average %s%n",
					copied.size(), tasks.size(), outcome.copies(), outcome.rows(), outcome.seconds(), outcome.rowsPerSecond(),
					OpenWorkClient.loadAverage());
		}
		vacuum(db);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("seeded      %,d rows in %.0f s (%,.0f rows/s); %,d loops now wait in 签收; load average %s%n", rows,
				seconds, rows / seconds, count(db, "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'Task_SignFor'"),
				OpenWorkClient.loadAverage());
		return copied;
	}

	/**
	 * What autovacuum does to the engine's tables after so many changes: {@code VACUUM (ANALYZE)}, so
	 * that the planner has statistics of their current size and rows written in bulk are marked
	 * visible once instead of by the first transactions that read them. A server with autovacuum off
	 * (such as this machine's) never analyzes a table that grew from empty, and its plans stay those of
	 * an empty table.
	 */
	private static void vacuum(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_identitylink",
					"act_ru_authorization", "act_ru_job", "act_ge_bytearray", "act_hi_procinst", "act_hi_actinst",
					"act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "loop_plan")) {
				statement.execute("VACUUM (ANALYZE) " + table);
			}
		}
	}

	/** Signs for a few copies over REST; each must move on to its next task. */
	private boolean check(List<Copied> copied) throws Exception {
		int ok = 0;
		int tried = 0;
		Map<String, Long> nextTasks = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(5, copied.size()); i++) {
			Copied template = copied.get(i);
			if (template.copies() == 0) {
				continue;
			}
			long n = 1 + (template.copies() * (i + 1)) / 7;
			String assignee = template.assignee();
			if (template.staff() > 1) {
				// a copy of the measured inspector's (the colleagues have no accounts to sign for theirs)
				n = Math.max(template.staff(), n - n % template.staff());
				assignee = inspector;
				if (n > template.copies()) {
					continue;
				}
			}
			String process = OpenWorkCopies.copyId(template.processInstanceId(), n);
			Task task = new Task(OpenWorkCopies.copyId(template.taskId(), n), process, assignee, "Task_SignFor");
			tried++;
			if (signFor(task)) {
				List<Task> next = tasksOfAny(process);
				next.forEach(t -> nextTasks.merge(t.taskDefinitionKey(), 1L, Long::sum));
				if (!next.isEmpty() && next.stream().noneMatch(t -> t.taskDefinitionKey().equals("Task_SignFor"))) {
					ok++;
				}
			}
		}
		boolean passed = ok == tried;
		System.out.printf("check       %d of %d copied loops signed for over REST moved on to %s  [%s]%n", ok, tried, nextTasks,
				passed ? "PASS" : "FAIL");
		return passed;
	}

	private List<Task> tasksOfAny(String process) throws IOException, InterruptedException {
		var answer = http.json("GET", "/engine-rest/task?processInstanceId=" + process, admin, adminPassword, null);
		List<Task> tasks = new ArrayList<>();
		answer.json().forEach(node -> tasks.add(Task.of(node)));
		return tasks;
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}

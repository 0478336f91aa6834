package cn.eco.enforcement.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the fat jar in {@code target/}) run as a child process with demo data on
 * a given PostgreSQL database, as an operator runs it. Its output goes to
 * {@code target/system-tests/<name>-<n>.log}. A JVM shutdown hook kills it if a test is aborted.
 */
final class PackagedApplication implements AutoCloseable {

	private static final Path JAR = Path.of(System.getProperty("app.jar", "target/enforcement-0.1.0-SNAPSHOT.jar"));

	private static final Path LOGS = Path.of(System.getProperty("system-test.dir", "target/system-tests"));

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final List<String> arguments;

	private final Map<String, String> environment = new HashMap<>();

	private final int httpPort = freePort();

	private final int hj212Port = freePort();

	private final Thread killOnExit = new Thread(this::killQuietly, "kill-packaged-application");

	private Process process;

	private Path log;

	private int starts;

	/** Marks the processes started here with the test JVM's pid, to find those a killed test JVM left. */
	private static final String OWNER = "--system-test.owner=";

	private PackagedApplication(String name, List<String> arguments) {
		this.name = name;
		this.arguments = arguments;
		Runtime.getRuntime().addShutdownHook(killOnExit);
	}

	/** Kills applications started by test JVMs that were killed themselves before they could clean up. */
	private static void killLeftovers() {
		ProcessHandle.allProcesses()
			.filter(p -> p.info().arguments().stream().flatMap(java.util.Arrays::stream).anyMatch(a -> a.startsWith(OWNER)
					&& ProcessHandle.of(Long.parseLong(a.substring(OWNER.length()))).isEmpty()))
			.forEach(ProcessHandle::destroyForcibly);
	}

	/** The application on this database (user and password as given), with these extra arguments. */
	static PackagedApplication on(String name, String jdbcUrl, String user, String password, String... extra) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--app.demo.mode=true", "--management.health.mail.enabled=false"));
		args.addAll(List.of(extra));
		return new PackagedApplication(name, args);
	}

	/** Environment variables for the process, as docker-compose.yml or an operator sets them. */
	PackagedApplication withEnvironment(Map<String, String> variables) {
		environment.putAll(variables);
		return this;
	}

	/** Starts the application and waits until its health endpoint says UP. */
	PackagedApplication start(Duration timeout) {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException("No application jar at " + JAR.toAbsolutePath() + " (run mvn verify)");
		}
		killLeftovers();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=" + httpPort,
				"--hj212.port=" + hj212Port, OWNER + ProcessHandle.current().pid()));
		command.addAll(arguments);
		try {
			Files.createDirectories(LOGS);
			log = LOGS.resolve(name + "-" + (++starts) + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitUp(timeout);
		return this;
	}

	private void awaitUp(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application exited with " + process.exitValue() + "; log:\n" + logTail());
			}
			if (healthy()) {
				return;
			}
			sleep(Duration.ofMillis(500));
		}
		throw new IllegalStateException("The application did not come up within " + timeout + "; log:\n" + logTail());
	}

	private boolean healthy() {
		try {
			HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Kills the process with SIGKILL (no shutdown hooks, no graceful stop) and returns its exit code. */
	int kill() {
		process.destroyForcibly();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The application did not die from SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return process.exitValue();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + httpPort + path);
	}

	int hj212Port() {
		return hj212Port;
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log: " + ex + ")";
		}
	}

	@Override
	public void close() {
		killQuietly();
		try {
			Runtime.getRuntime().removeShutdownHook(killOnExit);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook runs anyway
		}
	}

	private void killQuietly() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

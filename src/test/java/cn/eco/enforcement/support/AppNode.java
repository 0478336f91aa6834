package cn.eco.enforcement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged application (the fat jar from {@code mvn package}, path in the system
 * property {@code app.jar}) started as a child process on free ports, its output in
 * {@code target/nodes/<name>.log}. For tests that need real separate nodes or a real process to kill.
 */
public final class AppNode implements AutoCloseable {

	private final String name;

	private final Process process;

	private final int httpPort;

	private final int hj212Port;

	private final Path log;

	private AppNode(String name, Process process, int httpPort, int hj212Port, Path log) {
		this.name = name;
		this.process = process;
		this.httpPort = httpPort;
		this.hj212Port = hj212Port;
		this.log = log;
	}

	/** Starts a node; {@code properties} become {@code --name=value} arguments (they outrank application.yml). */
	public static AppNode start(String name, Map<String, String> properties) {
		int http = freePort();
		int hj212 = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
				"--server.port=" + http, "--hj212.port=" + hj212));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path log = Path.of("target", "nodes", name + ".log");
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			AppNode node = new AppNode(name, process, http, hj212, log);
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until {@code /actuator/health} answers UP; fails with the log's tail if the process ends first. */
	public AppNode awaitUp(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
			}
			try {
				if (Http.anonymous(httpPort).get("/actuator/health").body().contains("\"UP\"")) {
					return this;
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			sleep(Duration.ofMillis(500));
		}
		throw new IllegalStateException(name + " not up after " + timeout + ":\n" + logTail());
	}

	public Http as(String user) {
		return Http.as(httpPort, user);
	}

	public String name() {
		return name;
	}

	public int httpPort() {
		return httpPort;
	}

	public int hj212Port() {
		return hj212Port;
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** Stops the node as an operator would (SIGTERM, graceful), forcibly after 30 s. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private static Path jar() {
		String configured = System.getProperty("app.jar");
		Path jar = configured != null ? Path.of(configured) : Path.of("target", "enforcement-0.1.0-SNAPSHOT.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No application jar at " + jar + ": run `mvn package` (or `mvn verify`) first");
		}
		return jar;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

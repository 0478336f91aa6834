package cn.eco.enforcement.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (initdb into a temporary directory, a free port, trust
 * authentication, fsync off), so that a test may stop and start it: the shared server at
 * 127.0.0.1:5432 is never touched. The server binaries come from {@code PG_BIN} or the newest
 * {@code /usr/lib/postgresql/<version>/bin}. initdb refuses to run as root, so as root the cluster
 * runs as the {@code postgres} user. {@link #close()} (or, if the test JVM is shut down, a shutdown
 * hook) stops it and deletes its files; clusters left by killed test JVMs are removed by the next run.
 */
final class PrivatePostgres implements AutoCloseable {

	private static final String PREFIX = "enforcement-pg-";

	/** A file naming the pid of the test JVM that made the cluster. */
	private static final String OWNER = "owner.pid";

	private final Path bin = binaries();

	private final Path home;

	private final int port = PackagedApplication.freePort();

	private final Thread stopOnExit = new Thread(this::stopQuietly, "stop-private-postgres");

	private PrivatePostgres(Path home) {
		this.home = home;
	}

	/** Creates and starts a new cluster. */
	static PrivatePostgres start() {
		removeLeftovers();
		try {
			PrivatePostgres postgres = new PrivatePostgres(Files.createTempDirectory(PREFIX));
			Files.writeString(postgres.home.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
			if (asRoot()) {
				UserPrincipal owner = postgres.home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
				Files.setOwner(postgres.home, owner);
			}
			Runtime.getRuntime().addShutdownHook(postgres.stopOnExit);
			postgres.run("initdb", "-D", postgres.data(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C",
					"--no-sync");
			postgres.startServer();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the (stopped) server again and waits until it accepts connections. */
	void startServer() {
		run("pg_ctl", "-D", data(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -k " + home + " -c fsync=off -c max_connections=50", "start");
	}

	/** Stops the server as a crash would: every backend is killed at once, nothing is flushed. */
	void stopImmediately() {
		run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	void createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
			connection.createStatement().execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		stopQuietly();
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook runs anyway
		}
	}

	private void stopQuietly() {
		try {
			if (Files.exists(home.resolve("data/postmaster.pid"))) {
				stopImmediately();
			}
		}
		catch (RuntimeException ex) {
			// deleted below all the same
		}
		delete(home);
	}

	private String data() {
		return home.resolve("data").toString();
	}

	private void run(String program, String... args) {
		List<String> command = new ArrayList<>();
		if (asRoot()) {
			String runuser = Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "runuser";
			command.addAll(List.of(runuser, "-u", "postgres", "--"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(args));
		// Output to a file: the server started by pg_ctl inherits it, and a pipe would never close.
		File output = home.resolve(program + ".out").toFile();
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(output.toPath()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static Path binaries() {
		String configured = System.getenv("PG_BIN");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map(v -> v.resolve("bin"))
				.filter(b -> Files.isExecutable(b.resolve("initdb")))
				.max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
				.orElseThrow();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql; set PG_BIN", ex);
		}
	}

	/** Clusters of test JVMs that were killed before they could clean up. */
	private static void removeLeftovers() {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		try (Stream<Path> dirs = Files.list(tmp)) {
			for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList()) {
				if (ownerGone(dir)) {
					new PrivatePostgres(dir).stopQuietly();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// best effort
		}
	}

	/** Whether the test JVM that made the cluster is gone (a cluster without owner counts after a minute). */
	private static boolean ownerGone(Path dir) throws IOException {
		Path owner = dir.resolve(OWNER);
		if (Files.exists(owner)) {
			return ProcessHandle.of(Long.parseLong(Files.readString(owner).strip())).isEmpty();
		}
		return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(Duration.ofMinutes(1)));
	}

	private static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		catch (IOException ex) {
			// best effort
		}
	}

}

package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * CPU time spent by the platform, its PostgreSQL backends and this tool over a window, read from
 * {@code /proc} (Linux, same machine). On a shared machine throughput depends on what else runs; CPU
 * time per reading depends much less on it, so it tells where a run's cost went.
 */
final class CpuMeter {

	/** Clock ticks per second of {@code /proc/<pid>/stat} on Linux. */
	private static final double TICKS_PER_SECOND = 100;

	private final Long serverPid;

	private final Connection database;

	private Map<Long, Double> postgresAtStart = Map.of();

	private double serverAtStart;

	private double clientAtStart;

	/**
	 * @param serverPid the platform's pid, or null
	 * @param database a connection to the platform's database, or null; its own backend is left out
	 */
	CpuMeter(Long serverPid, Connection database) {
		this.serverPid = serverPid;
		this.database = database;
	}

	/**
	 * CPU seconds per part of the system, NaN where unknown.
	 */
	record Use(double server, double postgres, double client) {
	}

	void start() {
		serverAtStart = serverPid == null ? Double.NaN : processSeconds(serverPid).orElse(Double.NaN);
		postgresAtStart = postgres();
		clientAtStart = ownSeconds();
	}

	Use stop() {
		double server = serverPid == null ? Double.NaN : processSeconds(serverPid).orElse(Double.NaN) - serverAtStart;
		double postgres = Double.NaN;
		if (database != null) {
			postgres = 0;
			for (Map.Entry<Long, Double> backend : postgres().entrySet()) {
				// Only backends that lived through the window: the platform's pool keeps its connections.
				Double before = postgresAtStart.get(backend.getKey());
				postgres += before == null ? 0 : backend.getValue() - before;
			}
		}
		return new Use(server, postgres, ownSeconds() - clientAtStart);
	}

	private Map<Long, Double> postgres() {
		Map<Long, Double> seconds = new HashMap<>();
		if (database == null) {
			return seconds;
		}
		for (long pid : backendPids(database, false)) {
			processSeconds(pid).ifPresent(s -> seconds.put(pid, s));
		}
		return seconds;
	}

	/** The backends serving the connection's database: all others, or only the connection's own. */
	static List<Long> backendPids(Connection connection, boolean own) {
		List<Long> pids = new ArrayList<>();
		String sql = own ? "SELECT pg_backend_pid()"
				: "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				pids.add(rows.getLong(1));
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			// not PostgreSQL or no permission: no figures
		}
		return pids;
	}

	/** User plus system CPU seconds of a process on this machine. */
	static OptionalDouble processSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return OptionalDouble.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
		}
		catch (IOException | RuntimeException ex) {
			return OptionalDouble.empty();
		}
	}

	static double ownSeconds() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
			return sun.getProcessCpuTime() / 1e9;
		}
		return Double.NaN;
	}

	/** The 1-minute load average, or NaN. */
	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}

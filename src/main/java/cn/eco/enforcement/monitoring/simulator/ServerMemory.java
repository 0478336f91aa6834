package cn.eco.enforcement.monitoring.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The resident set size of another process, from {@code /proc/<pid>/status} (Linux). */
final class ServerMemory {

	private final long pid;

	private long maxKb;

	private long lastKb;

	ServerMemory(long pid) {
		this.pid = pid;
	}

	/** Reads VmRSS now and remembers the maximum. */
	OptionalLong sampleKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					long kb = Long.parseLong(line.substring(6).replace("kB", "").strip());
					lastKb = kb;
					maxKb = Math.max(maxKb, kb);
					return OptionalLong.of(kb);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// process gone or not Linux: no sample
		}
		return OptionalLong.empty();
	}

	long pid() {
		return pid;
	}

	long maxKb() {
		return maxKb;
	}

	long lastKb() {
		return lastKb;
	}

}

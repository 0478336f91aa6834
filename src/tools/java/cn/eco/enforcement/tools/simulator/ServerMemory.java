package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of the platform's process: its resident set size from {@code /proc/<pid>/status}
 * (Linux), sampled during the run, and its Java heap after a full collection, asked of the JVM with
 * {@code jcmd} (from the JDK running this tool) outside the measured time.
 */
final class ServerMemory {

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

	private final long pid;

	private long firstKb;

	private long minKb = Long.MAX_VALUE;

	private long maxKb;

	private long lastKb;

	ServerMemory(long pid) {
		this.pid = pid;
	}

	/** Reads VmRSS now and remembers the first, smallest, largest and latest sample. */
	OptionalLong sampleKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					long kb = Long.parseLong(line.substring(6).replace("kB", "").strip());
					firstKb = firstKb == 0 ? kb : firstKb;
					lastKb = kb;
					minKb = Math.min(minKb, kb);
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

	/**
	 * Runs a full collection in the platform ({@code jcmd <pid> GC.run}) and reads the heap in use
	 * afterwards ({@code GC.heap_info}): what the platform really keeps. The collection pauses the
	 * platform, so it is only done before and after the measured time.
	 */
	OptionalLong heapAfterFullGcKb() {
		String jcmd = ProcessHandle.current().info().command()
			.map(java -> Path.of(java).resolveSibling("jcmd").toString())
			.orElse("jcmd");
		if (run(jcmd, "GC.run") == null) {
			return OptionalLong.empty();
		}
		String info = run(jcmd, "GC.heap_info");
		Matcher used = info == null ? null : HEAP_USED.matcher(info);
		return used != null && used.find() ? OptionalLong.of(Long.parseLong(used.group(1))) : OptionalLong.empty();
	}

	private String run(String jcmd, String command) {
		try {
			Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	long pid() {
		return pid;
	}

	long firstKb() {
		return firstKb;
	}

	long minKb() {
		return maxKb == 0 ? 0 : minKb;
	}

	long maxKb() {
		return maxKb;
	}

	long lastKb() {
		return lastKb;
	}

}

package cn.eco.enforcement.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code --background-load N}: a second JVM beside the platform with N threads that only compute,
 * never sleep and never touch the platform, so the fixed-rate figures show how the platform answers
 * on a server that does other work. It is a separate process (not threads of this tool), so the
 * operating system schedules it against the platform the way it would another program.
 */
final class BackgroundLoad implements AutoCloseable {

	/** A single-file program the JVM runs from source: N busy threads until it is killed. */
	private static final String SOURCE = """
			public class Busy {
			    static volatile double sink;
			    public static void main(String[] args) throws Exception {
			        int n = Integer.parseInt(args[0]);
			        for (int t = 0; t < n; t++) {
			            Thread busy = new Thread(() -> {
			                double x = 1;
			                while (true) {
			                    for (int i = 0; i < 1_000_000; i++) {
			                        x = x * 1.0000001 + Math.sqrt(i + x) % 7;
			                    }
			                    sink = x;
			                }
			            }, "busy-" + t);
			            busy.start();
			        }
			        System.out.println("busy " + n);
			        Thread.currentThread().join();
			    }
			}
			""";

	private final Process process;

	private final int threads;

	private BackgroundLoad(Process process, int threads) {
		this.process = process;
		this.threads = threads;
	}

	/** Starts the busy JVM and waits until its threads run. */
	static BackgroundLoad start(int threads) throws IOException {
		Path dir = Files.createTempDirectory("intake-load-busy");
		Path source = dir.resolve("Busy.java");
		Files.writeString(source, SOURCE);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", source.toString(), Integer.toString(threads))
			.redirectErrorStream(true)
			.start();
		byte[] first = new byte[64];
		int read = process.getInputStream().read(first);
		if (read <= 0 || !new String(first, 0, read).startsWith("busy")) {
			process.destroyForcibly();
			throw new IOException("the background load did not start: " + (read <= 0 ? "no output" : new String(first, 0, read)));
		}
		return new BackgroundLoad(process, threads);
	}

	int threads() {
		return threads;
	}

	long pid() {
		return process.pid();
	}

	/** CPU time the busy JVM has used so far (zero where the system does not say). */
	Duration cpu() {
		return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

}

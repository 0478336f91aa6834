package cn.eco.enforcement.tools.scale;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eco.enforcement.tools.simulator.Hj212Benchmark;

/**
 * Real HJ 212 ingestion over TCP, driven by the HJ 212 benchmark ({@link Hj212Benchmark}: minute
 * packets, counted when their 9014 answer arrived): its report is shown as it runs and its
 * acknowledged readings/s read from it.
 */
final class IngestionRun {

	private static final Pattern RATE = Pattern.compile("end-to-end\\s+([\\d,]+) readings/s acknowledged");

	private IngestionRun() {
	}

	/** Runs the benchmark with the options' devices for the seconds; registers its devices unless told not to. */
	static double readingsPerSecond(YearOptions options, boolean register, int seconds) throws Exception {
		List<String> args = new ArrayList<>(List.of("--host", options.host(), "--port", Integer.toString(options.port()),
				"--http", options.http(), "--user", options.user(), "--password", options.password(), "--devices",
				Integer.toString(options.ingestDevices()), "--seconds", Integer.toString(seconds),
				"--factors", Integer.toString(options.factors()), "--standard", "2017", "--alarms", "0"));
		if (!register) {
			args.add("--skip-register");
		}
		PrintStream out = System.out;
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new Tee(out, copy), true, StandardCharsets.UTF_8));
		try {
			Hj212Benchmark.main(args.toArray(String[]::new));
		}
		finally {
			System.out.flush();
			System.setOut(out);
		}
		Matcher rate = RATE.matcher(copy.toString(StandardCharsets.UTF_8));
		if (!rate.find()) {
			throw new IllegalStateException("the HJ 212 benchmark printed no end-to-end rate");
		}
		return Double.parseDouble(rate.group(1).replace(",", ""));
	}

	/** Writes to the console and keeps a copy. */
	private static final class Tee extends OutputStream {

		private final OutputStream console;

		private final ByteArrayOutputStream copy;

		Tee(OutputStream console, ByteArrayOutputStream copy) {
			this.console = console;
			this.copy = copy;
		}

		@Override
		public void write(int b) {
			copy.write(b);
			synchronized (console) {
				try {
					console.write(b);
				}
				catch (java.io.IOException ex) {
					// the console is gone; the copy still counts
				}
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			copy.write(b, off, len);
			try {
				console.write(b, off, len);
			}
			catch (java.io.IOException ex) {
				// as above
			}
		}

		@Override
		public void flush() throws java.io.IOException {
			console.flush();
		}

	}

}

package cn.eco.enforcement.tools.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.eco.enforcement.monitoring.hj212.Hj212Messages;

/**
 * HJ 212 data loggers during the fixed-rate phase: each registered logger (a wastewater outlet of
 * ENT-0001 with a COD limit of 1000 mg/L, so nothing it sends is abnormal) holds one connection and
 * sends a real-time packet (CN 2011, four factors, Flag=5) every second, waiting for its answer.
 */
final class ReadingTraffic {

	static final int FACTORS = 4;

	private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneId.of("Asia/Shanghai"));

	private final LoadOptions options;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Thread> loggers = new ArrayList<>();

	private final Latencies latencies = new Latencies();

	private final AtomicLong answered = new AtomicLong();

	private final AtomicLong refusedOrLost = new AtomicLong();

	private long startedAt;

	private ReadingTraffic(LoadOptions options) {
		this.options = options;
	}

	/** Registers the loggers (over HTTP, as the administrator) and starts them. */
	static ReadingTraffic start(LoadOptions options, AlarmTraffic http) throws IOException, InterruptedException {
		ReadingTraffic traffic = new ReadingTraffic(options);
		String prefix = "LOAD" + Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
		List<String> mns = new ArrayList<>();
		for (int i = 0; i < options.devices(); i++) {
			mns.add(prefix + String.format("%03d", i));
			register(http, mns.get(i));
		}
		traffic.startedAt = System.nanoTime();
		for (String mn : mns) {
			traffic.loggers.add(IntakeLoad.thread(() -> traffic.play(mn)));
		}
		return traffic;
	}

	Measured stop() throws InterruptedException {
		running.set(false);
		for (Thread logger : loggers) {
			logger.join();
		}
		return new Measured(answered.get(), refusedOrLost.get(), (System.nanoTime() - startedAt) / 1e9, latencies);
	}

	private void play(String mn) {
		SplittableRandom random = new SplittableRandom(mn.hashCode());
		long next = System.currentTimeMillis() + random.nextInt(1000);
		try (Socket socket = new Socket(options.host(), options.port())) {
			socket.setSoTimeout(10_000);
			while (running.get()) {
				Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
				Instant at = Instant.ofEpochMilli(next);
				next += 1000;
				String qn = QN.format(at);
				long sent = System.nanoTime();
				socket.getOutputStream().write(packet(mn, qn, at, random).getBytes(StandardCharsets.US_ASCII));
				if (awaitAnswer(socket.getInputStream(), qn)) {
					latencies.record(System.nanoTime() - sent);
					answered.incrementAndGet();
				}
				else {
					refusedOrLost.incrementAndGet();
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			refusedOrLost.incrementAndGet();
		}
	}

	static String packet(String mn, String qn, Instant at, SplittableRandom random) {
		String segment = "QN=" + qn + ";ST=32;CN=2011;PW=123456;MN=" + mn + ";Flag=5;CP=&&DataTime=" + DATA_TIME.format(at)
				+ ";w01018-Rtd=" + value(random, 20, 30) + ",w01018-Flag=N;w21003-Rtd=" + value(random, 1, 3)
				+ ",w21003-Flag=N;w01001-Rtd=" + value(random, 6.5, 8.5) + ",w01001-Flag=N;w00000-Rtd="
				+ value(random, 10, 20) + ",w00000-Flag=N&&";
		return Hj212Messages.frame(segment);
	}

	private static String value(SplittableRandom random, double from, double to) {
		return String.format("%.2f", from + random.nextDouble() * (to - from));
	}

	/** Reads answer frames until the 9014 for {@code qn}; false on a refusal or after the timeout. */
	private static boolean awaitAnswer(InputStream in, String qn) throws IOException {
		try {
			while (true) {
				String frame = readFrame(in);
				if (frame.isEmpty()) {
					return false;
				}
				if (frame.contains("QN=" + qn)) {
					return frame.contains("CN=9014");
				}
			}
		}
		catch (SocketTimeoutException noAnswer) {
			return false;
		}
	}

	private static String readFrame(InputStream in) throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		int previous = -1;
		for (int b = in.read(); b != -1; b = in.read()) {
			frame.write(b);
			if (previous == '\r' && b == '\n') {
				break;
			}
			previous = b;
		}
		return frame.toString(StandardCharsets.US_ASCII);
	}

	private static void register(AlarmTraffic http, String mn) throws IOException, InterruptedException {
		String body = """
				{"mn": "%s", "password": "123456", "kind": "WASTEWATER", "enterpriseCode": "ENT-0001", "outlet": "压测排口",
				 "limits": [{"factorCode": "w01018", "limit": 1000, "unit": "mg/L"}]}""".formatted(mn);
		HttpResponse<String> response = http.client().send(http.request("/api/monitoring/devices", http.admin(), http.adminPassword())
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() / 100 != 2) {
			throw new IOException("registering " + mn + ": HTTP " + response.statusCode() + " " + response.body());
		}
	}

}

package cn.eco.enforcement.system;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.eco.enforcement.monitoring.hj212.Hj212Messages;

/**
 * An HJ 212 data logger (wastewater, password 123456 as in the demo data) on one TCP connection:
 * it uploads minute data (CN 2051, COD and ammonia nitrogen) asking for an answer (Flag=5) and
 * counts an upload as delivered only on a 9014 that echoes its QN. Without an answer in time it
 * sends the same packet again, reconnecting when the connection is gone.
 */
final class DataLogger implements Sender.Channel<DataLogger.Upload> {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	/** Readings stored per upload: one per factor. */
	static final int FACTORS = 2;

	private final PackagedApplication app;

	private final Duration answerTimeout;

	private final AtomicInteger refusals;

	private final StringBuilder input = new StringBuilder();

	private Socket socket;

	DataLogger(PackagedApplication app, Duration answerTimeout, AtomicInteger refusals) {
		this.app = app;
		this.answerTimeout = answerTimeout;
		this.refusals = refusals;
	}

	/** One upload: a device's minute record at a data time, with its QN. */
	record Upload(String mn, Instant dataTime, String frame) {
	}

	/** Consecutive minute records of a device, starting at the given minute. */
	static Supplier<Upload> uploads(String mn, ZonedDateTime first) {
		AtomicInteger next = new AtomicInteger();
		return () -> {
			int k = next.getAndIncrement();
			ZonedDateTime time = first.withZoneSameInstant(CHINA).truncatedTo(ChronoUnit.MINUTES).plusMinutes(k);
			double cod = 20 + 5 * Math.sin(k / 7.0);
			double nh3 = 1 + 0.3 * Math.cos(k / 5.0);
			String segment = String.format(Locale.ROOT,
					"QN=%s;ST=32;CN=2051;PW=123456;MN=%s;Flag=5;CP=&&DataTime=%s;w01018-Avg=%.1f,w01018-Min=%.1f,"
							+ "w01018-Max=%.1f,w01018-Flag=N;w21003-Avg=%.2f,w21003-Flag=N&&",
					time.format(QN), mn, time.format(DATA_TIME), cod, cod - 1, cod + 1, nh3);
			return new Upload(mn, time.toInstant(), Hj212Messages.frame(segment));
		};
	}

	@Override
	public boolean deliver(Upload upload) throws IOException {
		try {
			if (socket == null) {
				socket = new Socket();
				socket.connect(new InetSocketAddress("127.0.0.1", app.hj212Port()), 2000);
			}
			socket.getOutputStream().write(upload.frame().getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			return awaitAnswer(qnOf(upload.frame()));
		}
		catch (SocketTimeoutException noAnswer) {
			return false;
		}
		catch (IOException connectionLost) {
			close();
			throw connectionLost;
		}
	}

	/** Reads answers until the one to this QN; answers to earlier, timed-out sends are skipped. */
	private boolean awaitAnswer(String qn) throws IOException {
		long deadline = System.nanoTime() + answerTimeout.toNanos();
		while (true) {
			String frame = nextFrame(deadline);
			if (qn.equals(qnOf(frame))) {
				if (frame.contains("CN=9014")) {
					return true;
				}
				refusals.incrementAndGet();
				return false;
			}
		}
	}

	private String nextFrame(long deadline) throws IOException {
		InputStream in = socket.getInputStream();
		while (input.indexOf("\r\n") < 0) {
			long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
			if (deadline - System.nanoTime() <= 0) {
				throw new SocketTimeoutException("no answer");
			}
			socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
			byte[] buffer = new byte[1024];
			int read = in.read(buffer);
			if (read < 0) {
				throw new EOFException("connection closed by the platform");
			}
			input.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
		}
		int end = input.indexOf("\r\n");
		String frame = input.substring(0, end);
		input.delete(0, end + 2);
		return frame;
	}

	private static String qnOf(String frame) {
		int start = frame.indexOf("QN=");
		int end = start < 0 ? -1 : frame.indexOf(';', start);
		return end < 0 ? "" : frame.substring(start + 3, end);
	}

	@Override
	public void close() {
		input.setLength(0);
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// gone anyway
			}
			socket = null;
		}
	}

}

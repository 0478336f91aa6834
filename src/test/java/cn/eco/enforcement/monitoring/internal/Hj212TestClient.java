package cn.eco.enforcement.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A data logger's side of a real HJ 212 connection, for tests. */
final class Hj212TestClient implements AutoCloseable {

	static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private final Socket socket;

	Hj212TestClient(int port) throws IOException {
		socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(10_000);
	}

	/** Connects from a given loopback address (any of 127.0.0.0/8), as a logger elsewhere would. */
	Hj212TestClient(String localAddress, int port) throws IOException {
		socket = new Socket();
		socket.bind(new InetSocketAddress(localAddress, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
		socket.setSoTimeout(10_000);
	}

	/**
	 * Waits for the platform to close the connection, reading and dropping anything it sends.
	 * @return true when it closed within the time, false when it was still open
	 */
	boolean closedByPlatformWithin(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		InputStream in = socket.getInputStream();
		try {
			while (System.nanoTime() < deadline) {
				socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
				if (in.read() == -1) {
					return true;
				}
			}
			return false;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			// Reset by the platform: closed as well.
			return true;
		}
		finally {
			socket.setSoTimeout(10_000);
		}
	}

	/** Sends bytes as they are: one frame, several, or a piece of one. */
	void send(String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/** Reads one answer frame up to its CR LF. */
	String readFrame() throws IOException {
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		int previous = -1;
		for (int b = in.read(); b != -1; b = in.read()) {
			frame.write(b);
			if (previous == '\r' && b == '\n') {
				break;
			}
			previous = b;
		}
		return frame.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

	/** A data segment of an upload with password 123456, QN from the data time. */
	static String uploadSegment(String mn, String cn, ZonedDateTime dataTime, String items, int flag) {
		return "QN=" + dataTime.format(QN) + ";ST=32;CN=" + cn + ";PW=123456;MN=" + mn + ";Flag=" + flag
				+ ";CP=&&DataTime=" + dataTime.format(DATA_TIME) + ";" + items + "&&";
	}

}

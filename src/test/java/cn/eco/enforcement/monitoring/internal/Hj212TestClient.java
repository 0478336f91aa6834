package cn.eco.enforcement.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

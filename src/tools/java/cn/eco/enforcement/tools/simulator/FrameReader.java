package cn.eco.enforcement.tools.simulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads answer lines (frames end with CR LF). A read timeout leaves a partly received line in
 * place for the next call, so timeouts can be used to poll.
 */
final class FrameReader {

	private static final int MAX_LINE = 8192;

	private final InputStream in;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

	FrameReader(InputStream in) {
		this.in = new BufferedInputStream(in, 16 * 1024);
	}

	/**
	 * The next non-empty line without its line end.
	 * @return the line, or null when the peer closed the connection
	 * @throws java.net.SocketTimeoutException when the socket's read timeout passes first
	 */
	String readLine() throws IOException {
		while (true) {
			int b = in.read();
			if (b < 0) {
				line.reset();
				return null;
			}
			if (b == '\n') {
				String text = line.toString(StandardCharsets.UTF_8);
				line.reset();
				if (text.endsWith("\r")) {
					text = text.substring(0, text.length() - 1);
				}
				if (!text.isEmpty()) {
					return text;
				}
			}
			else if (line.size() < MAX_LINE) {
				line.write(b);
			}
		}
	}

}

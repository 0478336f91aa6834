package cn.eco.enforcement.tools.simulator;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One logger's TCP connection to the platform, opened on first use and re-opened when the platform
 * closed it. Each packet waits for its answer (matched by QN) like a real logger; answers to earlier
 * packets that arrive late are skipped. Not thread-safe: one logger, one thread at a time.
 */
final class LoggerConnection implements Closeable {

	private final String host;

	private final int port;

	private final int timeoutMillis;

	private Socket socket;

	private OutputStream out;

	private FrameReader reader;

	/**
	 * @param timeoutMillis how long to wait for an answer (the standard's default is 10 s over GPRS)
	 */
	LoggerConnection(String host, int port, int timeoutMillis) {
		this.host = host;
		this.port = port;
		this.timeoutMillis = timeoutMillis;
	}

	/**
	 * Sends a packet and waits for the answer with the same QN. When the platform closed the
	 * connection before answering, the logger reconnects and sends the packet once more, as loggers
	 * re-send unacknowledged data (the platform stores each reading once).
	 */
	Outcome exchange(String frame, String qn) {
		Outcome outcome = attempt(frame, qn);
		if (outcome.kind() == Outcome.Kind.UNANSWERED && socket == null) {
			outcome = attempt(frame, qn);
		}
		return outcome;
	}

	/** Writes bytes that expect no answer (line noise). */
	void sendRaw(String text) throws IOException {
		write(text);
	}

	private Outcome attempt(String frame, String qn) {
		try {
			write(frame);
		}
		catch (IOException ex) {
			close();
			return Outcome.unanswered("cannot send: " + ex.getMessage());
		}
		return await(qn);
	}

	private void write(String text) throws IOException {
		open();
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private void open() throws IOException {
		if (socket != null) {
			return;
		}
		Socket s = new Socket();
		try {
			s.setTcpNoDelay(true);
			s.setKeepAlive(true);
			s.connect(new InetSocketAddress(host, port), timeoutMillis);
			out = s.getOutputStream();
			reader = new FrameReader(s.getInputStream());
			socket = s;
		}
		catch (IOException ex) {
			s.close();
			throw ex;
		}
	}

	private Outcome await(String qn) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		try {
			while (true) {
				long left = (deadline - System.nanoTime()) / 1_000_000L;
				if (left <= 0) {
					return Outcome.unanswered("none within " + timeoutMillis + " ms");
				}
				socket.setSoTimeout((int) Math.max(1, left));
				String line = reader.readLine();
				if (line == null) {
					close();
					return Outcome.unanswered("connection closed by the platform");
				}
				Answer answer;
				try {
					answer = Answer.parse(line);
				}
				catch (IllegalArgumentException notAFrame) {
					continue;
				}
				if (!qn.equals(answer.qn())) {
					continue;
				}
				if (answer.dataAnswer()) {
					return Outcome.answered();
				}
				if (answer.requestAnswer()) {
					return Outcome.refused(answer.qnRtn() == null ? 100 : answer.qnRtn());
				}
				return Outcome.unanswered("unexpected answer CN=" + answer.cn());
			}
		}
		catch (SocketTimeoutException ex) {
			return Outcome.unanswered("none within " + timeoutMillis + " ms");
		}
		catch (IOException ex) {
			close();
			return Outcome.unanswered("connection failed: " + ex.getMessage());
		}
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
			socket = null;
			out = null;
			reader = null;
		}
	}

}

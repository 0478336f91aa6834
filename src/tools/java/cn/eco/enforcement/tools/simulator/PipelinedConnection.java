package cn.eco.enforcement.tools.simulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark TCP connection carrying the minute packets of several devices (like a data
 * concentrator): a writer thread keeps up to {@code window} packets in flight, a reader thread
 * matches 9014/9011 answers to them by QN.
 */
final class PipelinedConnection {

	private final String name;

	private final List<BenchDevice> devices;

	private final List<FactorProfile> factors;

	private final Measurement measurement;

	private final Semaphore window;

	private final Map<String, Long> inFlight = new ConcurrentHashMap<>();

	private final QnSource qns = new QnSource();

	private final SplittableRandom random;

	private final LatencyRecorder latencies = new LatencyRecorder();

	private Socket socket;

	private OutputStream out;

	private FrameReader reader;

	private Thread writerThread;

	private Thread readerThread;

	private volatile boolean closing;

	private volatile String failure;

	PipelinedConnection(String name, List<BenchDevice> devices, List<FactorProfile> factors, int window,
			Measurement measurement, long seed) {
		this.name = name;
		this.devices = List.copyOf(devices);
		this.factors = List.copyOf(factors);
		this.window = new Semaphore(window);
		this.measurement = measurement;
		this.random = new SplittableRandom(seed);
	}

	void connect(String host, int port) throws IOException {
		Socket s = new Socket();
		s.setTcpNoDelay(true);
		s.setSendBufferSize(256 * 1024);
		s.connect(new InetSocketAddress(host, port), 10_000);
		socket = s;
		out = new BufferedOutputStream(s.getOutputStream(), 64 * 1024);
		reader = new FrameReader(s.getInputStream());
	}

	/** Starts sending until the given {@link System#nanoTime()} and receiving until {@link #close()}. */
	void start(long sendUntilNanos) {
		readerThread = new Thread(this::receive, name + "-reader");
		writerThread = new Thread(() -> send(sendUntilNanos), name + "-writer");
		readerThread.setDaemon(true);
		writerThread.setDaemon(true);
		readerThread.start();
		writerThread.start();
	}

	void awaitWriter() throws InterruptedException {
		writerThread.join();
	}

	int inFlight() {
		return inFlight.size();
	}

	/** Stops receiving; packets still in flight stay unanswered. */
	void close() throws InterruptedException {
		closing = true;
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// closing anyway
		}
		readerThread.join(5_000);
	}

	LatencyRecorder latencies() {
		return latencies;
	}

	String failure() {
		return failure;
	}

	private void send(long untilNanos) {
		int next = 0;
		try {
			while (System.nanoTime() < untilNanos && failure == null) {
				if (!window.tryAcquire()) {
					out.flush();
					if (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) {
						continue;
					}
				}
				BenchDevice device = devices.get(next);
				next = (next + 1) % devices.size();
				String qn = qns.next();
				byte[] frame = device.minutePacket(factors, random).frame(qn).getBytes(StandardCharsets.US_ASCII);
				inFlight.put(qn, System.nanoTime());
				out.write(frame);
				measurement.sent();
			}
			out.flush();
		}
		catch (IOException ex) {
			failure = "send failed: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void receive() {
		try {
			String line;
			while ((line = reader.readLine()) != null) {
				long now = System.nanoTime();
				Answer answer;
				try {
					answer = Answer.parse(line);
				}
				catch (IllegalArgumentException notAFrame) {
					measurement.unmatched();
					continue;
				}
				Long sentAt = (answer.qn() == null) ? null : inFlight.remove(answer.qn());
				if (sentAt == null) {
					measurement.unmatched();
					continue;
				}
				window.release();
				if (answer.dataAnswer()) {
					if (measurement.answered(now, factors.size())) {
						latencies.record((now - sentAt) / 1_000);
					}
				}
				else {
					measurement.refused(answer.qnRtn());
				}
			}
			if (!closing) {
				failure = "connection closed by the platform";
			}
		}
		catch (IOException ex) {
			if (!closing) {
				failure = "receive failed: " + ex.getMessage();
			}
		}
	}

}

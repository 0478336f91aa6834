package cn.eco.enforcement.tools.simulator;

import java.io.Closeable;
import java.io.IOException;
import java.util.Random;

/** One simulated data logger: its profile, its own TCP connection and its QN clock. */
final class SimulatedLogger implements Closeable {

	private final DeviceProfile device;

	private final LoggerConnection connection;

	private final QnSource qns = new QnSource();

	private final Random random;

	SimulatedLogger(DeviceProfile device, LoggerConnection connection, long seed) {
		this.device = device;
		this.connection = connection;
		this.random = new Random(seed);
	}

	DeviceProfile device() {
		return device;
	}

	Random random() {
		return random;
	}

	synchronized Outcome send(Upload upload, SendStats stats) {
		String qn = qns.next();
		Outcome outcome = connection.exchange(upload.frame(qn), qn);
		stats.record(outcome);
		return outcome;
	}

	/** Sends the packet with a corrupted CRC; the platform should refuse it with 9011 QnRtn=9. */
	synchronized Outcome sendWithWrongCrc(Upload upload, SendStats stats) {
		String qn = qns.next();
		Outcome outcome = connection.exchange(Upload.withWrongCrc(upload.frame(qn)), qn);
		stats.record(outcome);
		return outcome;
	}

	/** Sends a line that is no packet at all (modem chatter); nothing answers it. */
	synchronized void sendGarbage(String line, SendStats stats) throws IOException {
		connection.sendRaw(line);
		stats.garbage();
	}

	@Override
	public synchronized void close() {
		connection.close();
	}

}

package cn.eco.enforcement.tools.simulator;

import java.io.Closeable;
import java.io.IOException;
import java.util.Random;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * One simulated data logger: its profile, its own TCP connection and its QN clock. An HJ 212-2025
 * logger (with a cipher) sends every upload with Flag=9 and its data area SM4-encrypted.
 */
final class SimulatedLogger implements Closeable {

	private final DeviceProfile device;

	private final LoggerConnection connection;

	private final QnSource qns = new QnSource();

	private final Random random;

	private final String name;

	private final CpCipher cipher;

	SimulatedLogger(DeviceProfile device, LoggerConnection connection, long seed) {
		this(device.mn(), device, null, connection, seed);
	}

	/**
	 * @param name the demo device it plays (its MN in {@code V1001}), by which the scenario finds it
	 * @param device what it sends, under the MN it sends
	 * @param cipher its SM4 setting when it speaks HJ 212-2025, or null for HJ 212-2017 in clear
	 */
	SimulatedLogger(String name, DeviceProfile device, CpCipher cipher, LoggerConnection connection, long seed) {
		this.name = name;
		this.device = device;
		this.cipher = cipher;
		this.connection = connection;
		this.random = new Random(seed);
	}

	/** The demo device it plays. */
	String name() {
		return name;
	}

	/** The framed packet as this logger sends it: encrypted (Flag=9) when it speaks HJ 212-2025. */
	String frame(Upload upload, String qn) {
		return as(upload).frame(qn);
	}

	/**
	 * The frames of an upload as this logger sends it: one, or the parts of a 2025 upload whose
	 * ciphertext exceeds 1024 bytes ({@link Upload#parts}).
	 */
	java.util.List<Upload.Part> parts(Upload upload) {
		return as(upload).parts(qns::next);
	}

	private Upload as(Upload upload) {
		return cipher == null ? upload : upload.encrypted(cipher);
	}

	DeviceProfile device() {
		return device;
	}

	Random random() {
		return random;
	}

	/** Sends an upload, part by part when split, each part waiting for its answer; the last outcome counts. */
	synchronized Outcome send(Upload upload, SendStats stats) {
		Outcome outcome = null;
		for (Upload.Part part : parts(upload)) {
			outcome = connection.exchange(part.frame(), part.qn());
			stats.record(outcome);
			if (outcome.kind() != Outcome.Kind.ANSWERED) {
				break;
			}
		}
		return outcome;
	}

	/** Sends the packet with a corrupted CRC; the platform should refuse it with 9011 QnRtn=9. */
	synchronized Outcome sendWithWrongCrc(Upload upload, SendStats stats) {
		String qn = qns.next();
		Outcome outcome = connection.exchange(Upload.withWrongCrc(frame(upload, qn)), qn);
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

package cn.eco.enforcement.tools.scale;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The readings of one partition as COPY text, made while PostgreSQL reads them: device by device
 * (in MN order), time by time, factor by factor — the order of the primary key, so its index grows
 * at its right edge. Values are random around a level per factor, flag N; flow (w00000) carries
 * Cou. Nothing is held in memory beyond one device's time step.
 */
final class GeneratedRows extends InputStream {

	/** The columns written, in the order of each line. */
	static final String COLUMNS = "mn, period, data_time, factor_code, avg_value, min_value, max_value, cou, data_flag, received_at";

	private final List<String> mns;

	private final List<String> factors;

	private final String period;

	private final List<String> times = new ArrayList<>();

	private final String receivedAt;

	private final SplittableRandom random = new SplittableRandom(212);

	private final StringBuilder line = new StringBuilder(1024);

	private byte[] buffer = new byte[0];

	private int position;

	private int device;

	private int time;

	private long rows;

	GeneratedRows(List<String> mns, List<String> factors, String period, Instant from, Instant to, Duration step,
			Instant receivedAt) {
		this.mns = mns;
		this.factors = factors;
		this.period = period;
		for (Instant at = from; at.isBefore(to); at = at.plus(step)) {
			times.add(at.toString());
		}
		this.receivedAt = receivedAt.toString();
	}

	long rows() {
		return rows;
	}

	@Override
	public int read() {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] target, int offset, int length) {
		if (position == buffer.length && !fill()) {
			return -1;
		}
		int n = Math.min(length, buffer.length - position);
		System.arraycopy(buffer, position, target, offset, n);
		position += n;
		return n;
	}

	/** The lines of the next device and time step; false when all are written. */
	private boolean fill() {
		if (times.isEmpty() || device >= mns.size()) {
			return false;
		}
		line.setLength(0);
		String mn = mns.get(device);
		String at = times.get(time);
		for (int f = 0; f < factors.size(); f++) {
			String factor = factors.get(f);
			long avg = 1000L * (f + 2) + random.nextInt(2000);
			line.append(mn).append('\t').append(period).append('\t').append(at).append('\t').append(factor).append('\t');
			decimal(avg).append('\t');
			decimal(avg - random.nextInt(500)).append('\t');
			decimal(avg + random.nextInt(500)).append('\t');
			if (factor.equals("w00000")) {
				decimal(avg * 60);
			}
			else {
				line.append("\\N");
			}
			line.append("\tN\t").append(receivedAt).append('\n');
		}
		rows += factors.size();
		if (++time == times.size()) {
			time = 0;
			device++;
		}
		buffer = line.toString().getBytes(StandardCharsets.US_ASCII);
		position = 0;
		return true;
	}

	/** Hundredths as a decimal: 1234 → 12.34. */
	private StringBuilder decimal(long hundredths) {
		return line.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
	}

}

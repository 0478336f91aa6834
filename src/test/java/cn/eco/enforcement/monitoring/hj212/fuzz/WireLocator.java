package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Frame;

/**
 * Finds where on the wire an emitted frame came from: a {@code ##}, four digits declaring the
 * data's byte count (or fewer, when they count characters), the data, the CRC and CR LF or LF.
 * Frames come out in stream order, so each search starts after the previous find.
 */
final class WireLocator {

	private final byte[] stream;

	private final List<Integer> markers = new ArrayList<>();

	private int next;

	WireLocator(byte[] stream) {
		this.stream = stream;
		for (int i = 0; i + 1 < stream.length; i++) {
			if (stream[i] == '#' && stream[i + 1] == '#') {
				markers.add(i);
			}
		}
	}

	/** The stream position of the frame's {@code ##}, or -1 when it is not on the wire. */
	int locate(Hj212Frame frame) {
		for (int m = next; m < markers.size(); m++) {
			int at = markers.get(m);
			if (framedAt(at, frame.dataSegment(), frame.crcHex().getBytes(StandardCharsets.US_ASCII))) {
				next = m + 1;
				return at;
			}
		}
		return -1;
	}

	private boolean framedAt(int at, byte[] data, byte[] crc) {
		int crcAt = at + 6 + data.length;
		int lineEnd = crcAt + crc.length;
		if (lineEnd >= stream.length || crc.length != 4 || declaredLength(at) < 0 || declaredLength(at) > data.length) {
			return false;
		}
		boolean lineEnds = stream[lineEnd] == '\n' || (stream[lineEnd] == '\r' && lineEnd + 1 < stream.length
				&& stream[lineEnd + 1] == '\n');
		return lineEnds && regionEquals(at + 6, data) && regionEquals(crcAt, crc);
	}

	private int declaredLength(int at) {
		int value = 0;
		for (int i = at + 2; i < at + 6; i++) {
			if (stream[i] < '0' || stream[i] > '9') {
				return -1;
			}
			value = value * 10 + (stream[i] - '0');
		}
		return value;
	}

	private boolean regionEquals(int from, byte[] expected) {
		for (int i = 0; i < expected.length; i++) {
			if (stream[from + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Bytes between frames. Clean garbage never holds {@code ##} (it may end in one {@code #}), so no
 * frame can start inside it; dirty garbage adds fake headers, marker runs and fragments of frames;
 * a flood is kilobytes of either, or a header that never ends.
 */
final class Garbage {

	private static final String[] FAKE_HEADERS = { "##", "##0050", "##9999", "##0000", "##00", "##abcd", "####",
			"##1024", "##0101QN=2016" };

	private Garbage() {
	}

	static byte[] clean(Random random, int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			byte b = ByteEdits.any(random);
			bytes[i] = (b == '#' && i > 0 && bytes[i - 1] == '#') ? (byte) 'x' : b;
		}
		return bytes;
	}

	static byte[] dirty(Random random, int size, byte[] someFrame) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(size + 64);
		out.writeBytes(clean(random, random.nextInt(size + 1)));
		switch (random.nextInt(3)) {
			case 0 -> out.writeBytes(FAKE_HEADERS[random.nextInt(FAKE_HEADERS.length)].getBytes(StandardCharsets.UTF_8));
			case 1 -> out.write(someFrame, 0, random.nextInt(someFrame.length));
			default -> out.writeBytes("#".repeat(2 + random.nextInt(5)).getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes(clean(random, random.nextInt(size + 1)));
		return out.toByteArray();
	}

	/** Several kilobytes meant to fill the decoder's buffer. */
	static byte[] flood(Random random, int size) {
		return switch (random.nextInt(5)) {
			case 0 -> clean(random, size);
			case 1 -> concat("##9999", repeated('9', size));
			case 2 -> concat("##0800", repeated('A', size));
			case 3 -> repeated('#', size);
			default -> ByteEdits.anyBytes(random, size);
		};
	}

	private static byte[] repeated(char c, int size) {
		return String.valueOf(c).repeat(size).getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] concat(String head, byte[] tail) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + tail.length);
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tail);
		return out.toByteArray();
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

/**
 * Byte-level edits for mutating frames and making garbage, drawing replacement bytes from a palette
 * that favours what a framer reacts to: {@code #}, CR, LF, digits, hex letters, separators and the
 * lead and continuation bytes of UTF-8 (valid or not).
 */
final class ByteEdits {

	private static final byte[] PALETTE = { '#', '#', '\r', '\n', '0', '1', '9', 'A', 'c', 'F', ';', ',', '=', '&',
			'-', ' ', 0x00, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3, (byte) 0xE4, (byte) 0xF0,
			(byte) 0xFF };

	private ByteEdits() {
	}

	/** One byte: from the palette half of the time, otherwise any value. */
	static byte any(Random random) {
		return random.nextBoolean() ? PALETTE[random.nextInt(PALETTE.length)] : (byte) random.nextInt(256);
	}

	static byte[] anyBytes(Random random, int count) {
		byte[] bytes = new byte[count];
		for (int i = 0; i < count; i++) {
			bytes[i] = any(random);
		}
		return bytes;
	}

	static byte[] flipBits(Random random, byte[] in, int flips) {
		byte[] out = in.clone();
		for (int i = 0; i < flips && out.length > 0; i++) {
			out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return out;
	}

	static byte[] substitute(Random random, byte[] in, int count) {
		byte[] out = in.clone();
		for (int i = 0; i < count && out.length > 0; i++) {
			out[random.nextInt(out.length)] = any(random);
		}
		return out;
	}

	/** Exactly one byte changed to a different value. */
	static byte[] changeOne(Random random, byte[] in) {
		byte[] out = in.clone();
		int at = random.nextInt(out.length);
		byte replacement = any(random);
		out[at] = (replacement != out[at]) ? replacement : (byte) (out[at] ^ (1 << random.nextInt(8)));
		return out;
	}

	static byte[] insert(Random random, byte[] in, byte[] inserted) {
		int at = random.nextInt(in.length + 1);
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + inserted.length);
		out.write(in, 0, at);
		out.writeBytes(inserted);
		out.write(in, at, in.length - at);
		return out.toByteArray();
	}

	static byte[] delete(Random random, byte[] in, int count) {
		if (in.length == 0) {
			return in;
		}
		int at = random.nextInt(in.length);
		int end = Math.min(in.length, at + count);
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, at);
		out.write(in, end, in.length - end);
		return out.toByteArray();
	}

	/** A proper prefix, possibly empty. */
	static byte[] truncate(Random random, byte[] in) {
		return Arrays.copyOf(in, random.nextInt(Math.max(1, in.length)));
	}

	/** One random edit of the above kinds. */
	static byte[] anyEdit(Random random, byte[] in) {
		return switch (random.nextInt(4)) {
			case 0 -> flipBits(random, in, 1 + random.nextInt(3));
			case 1 -> substitute(random, in, 1 + random.nextInt(4));
			case 2 -> insert(random, in, anyBytes(random, 1 + random.nextInt(8)));
			default -> delete(random, in, 1 + random.nextInt(8));
		};
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Ways to spoil a valid frame. Most keep the CRC of the original data, so the frame must not be
 * accepted unless the spoiled data happens to have the same CRC (about 1 in 256 for this 8-bit-like
 * checksum, DOMAIN.md §a.8). The {@code RESEAL_*} kinds recompute length and CRC after spoiling the
 * data, so that the parser, not the CRC, meets the damage.
 */
enum Mutation {

	/** One to three bits flipped anywhere in the frame. */
	BIT_FLIPS,
	/** Exactly one data byte changed, CRC kept: the standard's CRC always detects this (§a.8). */
	ONE_DATA_BYTE,
	/** One to four bytes anywhere replaced. */
	SUBSTITUTE,
	/** One to eight bytes inserted anywhere. */
	INSERT,
	/** One to eight bytes deleted anywhere. */
	DELETE,
	/** Only a prefix of the frame is sent. */
	TRUNCATE,
	/** The length field lies: off by a little, random, or not four digits. */
	LENGTH_LIE,
	/** A wrong CRC: random, CRC-16/MODBUS (either byte order), off by one, not hex, or three digits. */
	CRC_WRONG,
	/** The line end is missing, incomplete or doubled. */
	TRAILER,
	/** A data segment longer than the maximum, or a length field of 9999. */
	HUGE,
	/** Non-ASCII and invalid UTF-8 bytes written into the data, CRC kept. */
	NON_ASCII,
	/** Random byte edits of the data, then length and CRC made right again. */
	RESEAL_BYTES,
	/** Field-level edits of the data, then length and CRC made right again. */
	RESEAL_FIELDS,
	/** Extra {@code #} before the header. */
	EXTRA_MARKER,
	/** A header-level mutation followed by one or two byte edits. */
	COMBINED;

	private static final String[] LENGTH_FIELDS = { "00a1", " 101", "-101", "10", "01010", "0000", "9999", "####",
			"+100", "1e03", "１２３４" };

	private static final String[] TRAILERS = { "", "\r", "\n\r", "\r\r\n", " \r\n", "\r\n\r\n", "\0", "\r\n#" };

	byte[] apply(FrameParts frame, Random random, int maxDataLength) {
		return switch (this) {
			case BIT_FLIPS -> ByteEdits.flipBits(random, frame.bytes(), 1 + random.nextInt(3));
			case ONE_DATA_BYTE -> frame.withData(ByteEdits.changeOne(random, frame.data())).bytes();
			case SUBSTITUTE -> ByteEdits.substitute(random, frame.bytes(), 1 + random.nextInt(4));
			case INSERT -> ByteEdits.insert(random, frame.bytes(), ByteEdits.anyBytes(random, 1 + random.nextInt(8)));
			case DELETE -> ByteEdits.delete(random, frame.bytes(), 1 + random.nextInt(8));
			case TRUNCATE -> ByteEdits.truncate(random, frame.bytes());
			case LENGTH_LIE -> frame.withLength(lyingLength(random, frame)).bytes();
			case CRC_WRONG -> frame.withCrc(wrongCrc(random, frame.data())).bytes();
			case TRAILER -> frame.withTrailer(TRAILERS[random.nextInt(TRAILERS.length)]).bytes();
			case HUGE -> huge(random, frame, maxDataLength);
			case NON_ASCII -> frame.withData(nonAscii(random, frame.data())).bytes();
			case RESEAL_BYTES -> FrameParts.sealed(ByteEdits.anyEdit(random, frame.data())).bytes();
			case RESEAL_FIELDS -> FrameParts.sealed(fieldEdits(random, frame.data())).bytes();
			case EXTRA_MARKER -> extraMarker(random, frame);
			case COMBINED -> combined(random, frame, maxDataLength);
		};
	}

	private static String lyingLength(Random random, FrameParts frame) {
		int truth = Integer.parseInt(frame.length());
		return switch (random.nextInt(3)) {
			case 0 -> FrameParts.length(Math.max(0, Math.min(9999, truth + (random.nextBoolean() ? 1 : -1)
					* (1 + random.nextInt(50)))));
			case 1 -> FrameParts.length(random.nextInt(10000));
			default -> LENGTH_FIELDS[random.nextInt(LENGTH_FIELDS.length)];
		};
	}

	private static String wrongCrc(Random random, byte[] data) {
		int standard = ReferenceCrc.standard(data);
		int modbus = ReferenceCrc.modbus(data);
		return switch (random.nextInt(6)) {
			case 0 -> ReferenceCrc.hex(random.nextInt(0x10000));
			case 1 -> ReferenceCrc.hex(modbus);
			case 2 -> ReferenceCrc.hex(((modbus & 0xFF) << 8) | (modbus >>> 8));
			case 3 -> ReferenceCrc.hex(standard + 1);
			case 4 -> ReferenceCrc.hex(standard).substring(0, 3) + "G";
			default -> ReferenceCrc.hex(standard).substring(1).toLowerCase(Locale.ROOT);
		};
	}

	private static byte[] huge(Random random, FrameParts frame, int maxDataLength) {
		if (random.nextBoolean()) {
			return frame.withLength("9999").bytes();
		}
		int size = Math.min(9999, maxDataLength + 1 + random.nextInt(2000));
		byte[] data = new byte[size];
		for (int i = 0; i < size; i++) {
			data[i] = frame.data()[i % frame.data().length];
		}
		return FrameParts.sealed(data).bytes();
	}

	private static byte[] nonAscii(Random random, byte[] data) {
		byte[] chinese = "监测数据".getBytes(StandardCharsets.UTF_8);
		byte[] inserted = random.nextBoolean() ? chinese : ByteEdits.anyBytes(random, 1 + random.nextInt(4));
		for (int i = 0; i < inserted.length; i++) {
			inserted[i] |= (byte) 0x80;
		}
		return random.nextBoolean() ? ByteEdits.insert(random, data, inserted)
				: ByteEdits.substitute(random, data, 1 + random.nextInt(3));
	}

	private static byte[] fieldEdits(Random random, byte[] data) {
		String segment = new String(data, StandardCharsets.UTF_8);
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			segment = FieldEdits.anyEdit(random, segment);
		}
		return segment.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] extraMarker(Random random, FrameParts frame) {
		String marks = "#".repeat(1 + random.nextInt(3));
		byte[] bytes = frame.bytes();
		int at = random.nextBoolean() ? 0 : random.nextInt(bytes.length);
		return spliceAt(bytes, at, marks.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] spliceAt(byte[] bytes, int at, byte[] inserted) {
		byte[] out = new byte[bytes.length + inserted.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(inserted, 0, out, at, inserted.length);
		System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
		return out;
	}

	private static byte[] combined(Random random, FrameParts frame, int maxDataLength) {
		Mutation[] first = { LENGTH_LIE, CRC_WRONG, TRAILER, NON_ASCII, RESEAL_FIELDS, ONE_DATA_BYTE };
		byte[] bytes = first[random.nextInt(first.length)].apply(frame, random, maxDataLength);
		int edits = 1 + random.nextInt(2);
		for (int i = 0; i < edits; i++) {
			bytes = ByteEdits.anyEdit(random, bytes);
		}
		return bytes;
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The four parts of a frame on the wire, each replaceable on its own: {@code ##} + length field,
 * data segment, CRC digits, line end.
 *
 * @param length the four characters after {@code ##} (mutations may make them anything)
 * @param data the data segment bytes
 * @param crc the CRC characters
 * @param trailer the line end
 */
record FrameParts(String length, byte[] data, String crc, String trailer) {

	/**
	 * A well-formed frame the ways senders write one: the length counts UTF-8 bytes (the standard) or,
	 * now and then, UTF-16 characters as some .NET senders do; the CRC is upper or lower case; the line
	 * end is CR LF or, rarely, a bare LF.
	 */
	static FrameParts valid(Random random, PacketSpec spec) {
		byte[] data = spec.bytes();
		boolean countChars = !spec.ascii() && random.nextInt(4) == 0;
		String crc = ReferenceCrc.hex(ReferenceCrc.standard(data));
		String trailer = (random.nextInt(20) == 0) ? "\n" : "\r\n";
		return new FrameParts(length(countChars ? spec.dataSegment().length() : data.length), data,
				random.nextBoolean() ? crc : crc.toLowerCase(java.util.Locale.ROOT), trailer);
	}

	/** A frame around data with the right byte length and standard CRC. */
	static FrameParts sealed(byte[] data) {
		return new FrameParts(length(data.length), data, ReferenceCrc.hex(ReferenceCrc.standard(data)), "\r\n");
	}

	static String length(int value) {
		return String.format("%04d", value);
	}

	FrameParts withLength(String value) {
		return new FrameParts(value, data, crc, trailer);
	}

	FrameParts withData(byte[] value) {
		return new FrameParts(length, value, crc, trailer);
	}

	FrameParts withCrc(String value) {
		return new FrameParts(length, data, value, trailer);
	}

	FrameParts withTrailer(String value) {
		return new FrameParts(length, data, crc, value);
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 12);
		out.writeBytes(("##" + length).getBytes(StandardCharsets.UTF_8));
		out.writeBytes(data);
		out.writeBytes((crc + trailer).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** The frame the decoder would emit for these parts. */
	cn.eco.enforcement.monitoring.hj212.Hj212Frame toFrame() {
		return new cn.eco.enforcement.monitoring.hj212.Hj212Frame(data, crc);
	}

	/** Where the data segment starts in {@link #bytes()}. */
	int dataOffset() {
		return 2 + length.getBytes(StandardCharsets.UTF_8).length;
	}

}

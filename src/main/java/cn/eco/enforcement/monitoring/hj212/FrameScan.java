package cn.eco.enforcement.monitoring.hj212;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * Byte-level look-ups on the cumulated input of {@link Hj212FrameDecoder}. Positions are absolute
 * buffer indexes; nothing here moves the reader index.
 */
final class FrameScan {

	/** {@code ##} plus four length digits. */
	static final int HEADER = 6;

	/** Four CRC digits plus CR LF. */
	static final int TRAILER = 6;

	/** The trailer is not there: not four hex digits, or no line end after them. */
	static final int BAD = -1;

	/** The bytes seen so far fit, but the trailer is not complete yet. */
	static final int MORE = 0;

	private static final int PREVIEW = 40;

	private FrameScan() {
	}

	/**
	 * Where the next {@code ##} starts; for a run of {@code #} the last two of the run.
	 */
	static int indexOfMarker(ByteBuf in, int from) {
		int end = in.writerIndex();
		int i = in.indexOf(from, end, (byte) '#');
		while (i >= 0 && i + 1 < end) {
			if (in.getByte(i + 1) == '#') {
				while (i + 2 < end && in.getByte(i + 2) == '#') {
					i++;
				}
				return i;
			}
			i = in.indexOf(i + 1, end, (byte) '#');
		}
		return -1;
	}

	/** The value of the four length digits after {@code ##} at {@code start}, or -1. */
	static int declaredLength(ByteBuf in, int start) {
		int value = 0;
		for (int i = start + 2; i < start + HEADER; i++) {
			byte b = in.getByte(i);
			if (b < '0' || b > '9') {
				return -1;
			}
			value = value * 10 + (b - '0');
		}
		return value;
	}

	/**
	 * Checks for four hex digits and CR LF (or a bare LF, which real devices send) at {@code pos}.
	 * @return the trailer's length (6, or 5 for a bare LF), {@link #MORE} or {@link #BAD}
	 */
	static int trailerAt(ByteBuf in, int pos) {
		int available = in.writerIndex() - pos;
		if (!hexDigits(in, pos, Math.min(4, available))) {
			return BAD;
		}
		if (available < 5) {
			return MORE;
		}
		byte first = in.getByte(pos + 4);
		if (first == '\n') {
			return TRAILER - 1;
		}
		if (first != '\r') {
			return BAD;
		}
		if (available < TRAILER) {
			return MORE;
		}
		return (in.getByte(pos + 5) == '\n') ? TRAILER : BAD;
	}

	/** Whether four hex digits start at {@code pos}. */
	static boolean hexAt(ByteBuf in, int pos) {
		return pos + 4 <= in.writerIndex() && hexDigits(in, pos, 4);
	}

	/**
	 * Where {@code units} UTF-16 characters (as Java and .NET count string length) of UTF-8 text that
	 * starts at {@code from} end; -1 when the buffer does not hold that many yet.
	 */
	static int charEnd(ByteBuf in, int from, int units) {
		int i = from;
		int counted = 0;
		while (counted < units) {
			if (i >= in.writerIndex()) {
				return -1;
			}
			int width = utf8Width(in.getByte(i));
			counted += (width == 4) ? 2 : 1;
			i += width;
		}
		return (i <= in.writerIndex()) ? i : -1;
	}

	/** Whether a line feed lies in {@code [from, to)}, clipped to the readable bytes. */
	static boolean lineFeedIn(ByteBuf in, int from, int to) {
		int end = Math.min(to, in.writerIndex());
		return from < end && in.indexOf(from, end, (byte) '\n') >= 0;
	}

	/** The start of some bytes as printable text, for rejection details. */
	static String preview(ByteBuf in, int from, int count) {
		int length = Math.max(0, Math.min(Math.min(count, PREVIEW), in.writerIndex() - from));
		String text = in.toString(from, length, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", ".");
		return "\"" + text + ((count > length) ? "…" : "") + "\"";
	}

	private static boolean hexDigits(ByteBuf in, int pos, int count) {
		for (int i = pos; i < pos + count; i++) {
			if (Character.digit(in.getByte(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	private static int utf8Width(byte lead) {
		if ((lead & 0x80) == 0) {
			return 1;
		}
		if ((lead & 0xE0) == 0xC0) {
			return 2;
		}
		if ((lead & 0xF0) == 0xE0) {
			return 3;
		}
		return ((lead & 0xF8) == 0xF0) ? 4 : 1;
	}

}

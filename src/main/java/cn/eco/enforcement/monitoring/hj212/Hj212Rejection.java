package cn.eco.enforcement.monitoring.hj212;

import java.util.Objects;

/**
 * Input that could not be used, with the reason. The frame decoder emits these instead of throwing,
 * so a bad packet never costs the connection its later good ones.
 *
 * @param reason what was wrong
 * @param detail a short human-readable description, with a preview of the offending bytes
 * @param input the rejected bytes as text, as far as received and at most a frame's worth (a
 * packet sent without its header, the start of an over-long one), so that it can be answered
 * when it names a device; empty when not kept
 */
public record Hj212Rejection(Reason reason, String detail, String input) {

	public Hj212Rejection {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(input, "input");
	}

	/**
	 * A rejection without the rejected bytes.
	 * @param reason what was wrong
	 * @param detail a short human-readable description
	 */
	public Hj212Rejection(Reason reason, String detail) {
		this(reason, detail, "");
	}

	/**
	 * Why input was rejected, with the QnRtn code (2017 Table 7) a 9011 answer would carry.
	 */
	public enum Reason {

		/** Bytes outside any frame, skipped up to the next {@code ##}. */
		GARBAGE(100),
		/** The length field is not four digits, or matches neither a byte nor a character count. */
		BAD_LENGTH(100),
		/** The data segment is longer than the configured maximum. */
		TOO_LONG(100),
		/** The CRC field is not followed by CR LF. */
		BAD_TRAILER(100),
		/** The connection closed in the middle of a frame. */
		TRUNCATED(100),
		/** The CRC matches no variant allowed for the device. */
		BAD_CRC(9),
		/** The data segment is not a list of {@code key=value} fields. */
		MALFORMED(100),
		/** No CN field. */
		NO_CN(8),
		/** No MN field. */
		NO_MN(4),
		/** No CP data area. */
		NO_CP(100),
		/** Flag is not a number 0..255 or names an unknown protocol version. */
		BAD_FLAG(6),
		/** PNUM or PNO is not a positive number, or PNO exceeds PNUM. */
		BAD_PACKET_NUMBER(100),
		/** DataTime is not {@code YYYYMMDDhhmmss} (optionally with milliseconds). */
		BAD_DATA_TIME(100);

		private final int qnRtn;

		Reason(int qnRtn) {
			this.qnRtn = qnRtn;
		}

		/**
		 * The QnRtn code for a 9011 rejection answer.
		 * @return 4, 6, 8, 9 or 100 (unknown error)
		 */
		public int qnRtn() {
			return qnRtn;
		}

	}

}

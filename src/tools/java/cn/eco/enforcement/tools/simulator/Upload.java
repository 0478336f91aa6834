package cn.eco.enforcement.tools.simulator;

import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.monitoring.hj212.CpArea;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;

/**
 * A data upload being built: header fields, DataTime and {@code <code>-<suffix>=value} fields, with
 * {@code ,} between the fields of one factor and {@code ;} between factors. Flag is 5 (HJ 212-2017,
 * answer requested), or 9 (HJ 212-2025, answer requested) for an upload {@link #encrypted} as a 2025
 * logger sends it; either way the platform answers 9014 once the data are stored.
 */
final class Upload {

	/** HJ 212-2017 version bits (4) plus bit A (1): the platform must answer. */
	static final int FLAG = 5;

	/** HJ 212-2025 version bits (8) plus bit A (1). */
	static final int FLAG_2025 = 9;

	/** The standard's maximum data segment; the platform refuses longer ones. */
	static final int MAX_SEGMENT_BYTES = 1024;

	private final String st;

	private final String cn;

	private final String mn;

	private final String password;

	private final String dataTime;

	private final StringBuilder cp = new StringBuilder(640);

	private String lastCode;

	private CpCipher cipher;

	/**
	 * @param st system code (22 ambient air, 21 surface water, 31 flue gas, 32 wastewater, 27 VOCs)
	 * @param cn command code (2011 real-time, 2051 minute, 2061 hour)
	 * @param mn device id
	 * @param password access password (PW)
	 * @param dataTime the CP DataTime, or null for none
	 */
	Upload(String st, String cn, String mn, String password, String dataTime) {
		this.st = st;
		this.cn = cn;
		this.mn = mn;
		this.password = password;
		this.dataTime = dataTime;
	}

	Upload field(String code, String suffix, String value) {
		if (cp.length() > 0) {
			cp.append(code.equals(lastCode) ? ',' : ';');
		}
		cp.append(code).append('-').append(suffix).append('=').append(value);
		lastCode = code;
		return this;
	}

	/**
	 * Makes this an HJ 212-2025 upload (Flag=9) whose data area goes SM4-encrypted with the device's
	 * key, encoding and padding, as DOMAIN §a.13 describes and the platform's codec reads it.
	 */
	Upload encrypted(CpCipher deviceCipher) {
		this.cipher = deviceCipher;
		return this;
	}

	String mn() {
		return mn;
	}

	String cn() {
		return cn;
	}

	/** The data segment, from {@code QN=} to the closing {@code &&}. */
	String segment(String qn) {
		StringBuilder segment = new StringBuilder(cp.length() + 140);
		segment.append("QN=").append(qn).append(";ST=").append(st).append(";CN=").append(cn).append(";PW=")
			.append(password).append(";MN=").append(mn).append(";Flag=").append(cipher == null ? FLAG : FLAG_2025).append(";CP=&&");
		if (dataTime != null) {
			segment.append("DataTime=").append(dataTime);
			if (cp.length() > 0) {
				segment.append(';');
			}
		}
		return segment.append(cp).append("&&").toString();
	}

	/**
	 * The framed packet.
	 * @param qn the request id the platform's answer will echo
	 * @return {@code ##LLLL…CRC\r\n}
	 * @throws IllegalStateException when the data segment exceeds 1024 bytes
	 */
	String frame(String qn) {
		String segment = segment(qn);
		if (cipher != null) {
			CpArea area = CpArea.of(segment).orElseThrow();
			segment = area.replace(segment, cipher.encrypt(area.body(segment)));
		}
		int length = segment.getBytes(StandardCharsets.UTF_8).length;
		if (length > MAX_SEGMENT_BYTES) {
			throw new IllegalStateException("data segment of " + length + " bytes exceeds the standard's "
					+ MAX_SEGMENT_BYTES + " (MN " + mn + ", CN " + cn + "); send fewer factors");
		}
		return Hj212Messages.frame(segment);
	}

	/**
	 * The same frame with a CRC that cannot match, as a line disturbance would leave it.
	 * @param frame a frame from {@link #frame(String)}
	 * @return the frame with its four CRC digits replaced by a different value
	 */
	static String withWrongCrc(String frame) {
		int crcStart = frame.length() - 6;
		int crc = Integer.parseInt(frame.substring(crcStart, crcStart + 4), 16);
		return frame.substring(0, crcStart) + Hj212Crc.hex(crc ^ 0x5A5A) + "\r\n";
	}

}

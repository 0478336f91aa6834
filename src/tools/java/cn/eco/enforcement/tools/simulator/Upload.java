package cn.eco.enforcement.tools.simulator;

import java.nio.charset.StandardCharsets;

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

	/** Bit D: the packet is one part of a split upload (PNUM/PNO). */
	static final int SPLIT = 2;

	/** The standard's maximum data segment; the platform refuses longer ones. */
	static final int MAX_SEGMENT_BYTES = 1024;

	private final String st;

	private final String cn;

	private final String mn;

	private final String password;

	private final String dataTime;

	private final StringBuilder cp = new StringBuilder(640);

	private String lastCode;

	/** Where each factor's fields start in {@link #cp}, for splitting between factors. */
	private final java.util.List<Integer> factorStarts = new java.util.ArrayList<>();

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
		if (!code.equals(lastCode)) {
			factorStarts.add(cp.length());
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
		return segment(qn, cp.toString(), 0, 0);
	}

	/**
	 * A data segment with this data area after the DataTime, encrypted when the upload is; part
	 * {@code pno} of {@code pnum} (Flag bit D set) when {@code pnum} is not 0.
	 */
	private String segment(String qn, String fields, int pnum, int pno) {
		int flag = (cipher == null ? FLAG : FLAG_2025) | (pnum > 0 ? SPLIT : 0);
		StringBuilder segment = new StringBuilder(fields.length() + 160);
		segment.append("QN=").append(qn).append(";ST=").append(st).append(";CN=").append(cn).append(";PW=")
			.append(password).append(";MN=").append(mn).append(";Flag=").append(flag);
		if (pnum > 0) {
			segment.append(";PNUM=").append(pnum).append(";PNO=").append(pno);
		}
		segment.append(";CP=&&");
		StringBuilder area = new StringBuilder(fields.length() + 30);
		if (dataTime != null) {
			area.append("DataTime=").append(dataTime);
			if (!fields.isEmpty()) {
				area.append(';');
			}
		}
		area.append(fields);
		segment.append(cipher == null ? area.toString() : cipher.encrypt(area.toString()));
		return segment.append("&&").toString();
	}

	/**
	 * The framed packet.
	 * @param qn the request id the platform's answer will echo
	 * @return {@code ##LLLL…CRC\r\n}
	 * @throws IllegalStateException when the data segment exceeds 1024 bytes
	 */
	String frame(String qn) {
		return framed(segment(qn));
	}

	private String framed(String segment) {
		int length = length(segment);
		if (length > MAX_SEGMENT_BYTES) {
			throw new IllegalStateException("data segment of " + length + " bytes exceeds the standard's "
					+ MAX_SEGMENT_BYTES + " (MN " + mn + ", CN " + cn + "); send fewer factors");
		}
		return Hj212Messages.frame(segment);
	}

	/** One framed part and the QN its answer will echo. */
	record Part(String qn, String frame) {
	}

	/**
	 * The upload as a logger sends it: one frame, or, when an HJ 212-2025 upload's ciphertext does not
	 * fit the standard's 1024 bytes, split between factors into parts (DOMAIN §a.9: Flag with bit D,
	 * PNUM/PNO, each part its own QN, the same DataTime), each part's data area encrypted on its own.
	 * @param qns the source of the parts' QNs
	 * @return the parts in order
	 * @throws IllegalStateException when a single factor does not fit
	 */
	java.util.List<Part> parts(java.util.function.Supplier<String> qns) {
		String qn = qns.get();
		if (cipher == null || length(segment(qn, cp.toString(), 0, 0)) <= MAX_SEGMENT_BYTES) {
			return java.util.List.of(new Part(qn, frame(qn)));
		}
		java.util.List<String> factors = new java.util.ArrayList<>();
		for (int i = 0; i < factorStarts.size(); i++) {
			int end = i + 1 < factorStarts.size() ? factorStarts.get(i + 1) - 1 : cp.length();
			factors.add(cp.substring(factorStarts.get(i), end));
		}
		java.util.List<String> areas = new java.util.ArrayList<>();
		StringBuilder area = new StringBuilder();
		for (String factor : factors) {
			String wider = area.length() == 0 ? factor : area + ";" + factor;
			// 99 parts at most, so two-digit PNUM/PNO bound the header.
			if (area.length() > 0 && length(segment("0".repeat(17), wider, 99, 99)) > MAX_SEGMENT_BYTES) {
				areas.add(area.toString());
				area.setLength(0);
				area.append(factor);
			}
			else {
				area.setLength(0);
				area.append(wider);
			}
		}
		areas.add(area.toString());
		java.util.List<Part> parts = new java.util.ArrayList<>();
		for (int i = 0; i < areas.size(); i++) {
			String partQn = i == 0 ? qn : qns.get();
			parts.add(new Part(partQn, framed(segment(partQn, areas.get(i), areas.size(), i + 1))));
		}
		return parts;
	}

	private static int length(String segment) {
		return segment.getBytes(StandardCharsets.UTF_8).length;
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

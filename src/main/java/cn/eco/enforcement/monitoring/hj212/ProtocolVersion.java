package cn.eco.enforcement.monitoring.hj212;

import java.util.Optional;

/**
 * The HJ 212 edition a packet follows, carried in Flag bits 7..2.
 */
public enum ProtocolVersion {

	/** HJ/T 212-2005: version bits 0, 14-character MN, 2- and 3-character factor codes. */
	HJ212_2005(0),

	/** HJ 212-2017: version bits 1 (Flag 4..7). */
	HJ212_2017(1),

	/** HJ 212-2025: version bits 2 (Flag 8..11), as one public implementation sends it. */
	HJ212_2025(2);

	private static final int MN_LENGTH_2005 = 14;

	private final int versionBits;

	ProtocolVersion(int versionBits) {
		this.versionBits = versionBits;
	}

	/**
	 * The Flag value of this version without the answer and split bits, as the platform's answers
	 * carry it.
	 * @return 0, 4 or 8
	 */
	public int flagBits() {
		return versionBits << 2;
	}

	/** The version named by a Flag value, empty for version bits no edition uses yet. */
	static Optional<ProtocolVersion> ofFlag(int flag) {
		int bits = flag >> 2;
		for (ProtocolVersion version : values()) {
			if (version.versionBits == bits) {
				return Optional.of(version);
			}
		}
		return Optional.empty();
	}

	/** Whether a Flag value is 0..255 with version bits of a known edition. */
	static boolean isValidFlag(int flag) {
		return flag >= 0 && flag <= 255 && ofFlag(flag).isPresent();
	}

	/** The version of a packet; without Flag a 14-character MN suggests 2005. */
	static ProtocolVersion of(Integer flag, String mn) {
		if (flag != null) {
			return ofFlag(flag).orElseThrow();
		}
		return (mn != null && mn.length() == MN_LENGTH_2005) ? HJ212_2005 : HJ212_2017;
	}

}

package cn.eco.enforcement.monitoring.hj212;

import java.util.Optional;
import java.util.Set;

/**
 * The CRC of HJ 212 Appendix A over the data segment (from {@code QN=} or {@code ST=} up to and
 * including the final {@code &&}). It is not CRC-16/MODBUS: each step keeps only the high byte of
 * the register before the new byte is folded in, so it behaves like an 8-bit checksum.
 */
public final class Hj212Crc {

	/** Register value before the first byte. */
	public static final int INITIAL = 0xFFFF;

	private static final int REFLECTED_POLYNOMIAL = 0xA001;

	private static final int[] TABLE = table();

	private Hj212Crc() {
	}

	/**
	 * Computes the standard's CRC.
	 * @param data the data segment bytes
	 * @return the CRC, 0..0xFFFF
	 */
	public static int of(byte[] data) {
		int register = INITIAL;
		for (byte b : data) {
			register = update(register, b);
		}
		return register;
	}

	/**
	 * One step of the standard's CRC, exposed so the standard's intermediate values can be checked.
	 * @param register the register before the byte ({@link #INITIAL} for the first one)
	 * @param b the next data byte
	 * @return the register after the byte
	 */
	public static int update(int register, byte b) {
		return TABLE[((register >> 8) ^ b) & 0xFF];
	}

	/**
	 * Formats a CRC as the packet carries it.
	 * @param crc the CRC value
	 * @return four upper-case hex digits, high byte first
	 */
	public static String hex(int crc) {
		return String.format("%04X", crc & 0xFFFF);
	}

	/**
	 * Checks a received CRC against the allowed variants, standard first.
	 * @param data the data segment bytes
	 * @param crcHex the four hex digits the packet carried, in either case
	 * @param allowed the variants tolerated for the sending device
	 * @return the first allowed variant that reproduces the CRC, or empty
	 */
	public static Optional<CrcVariant> matches(byte[] data, String crcHex, Set<CrcVariant> allowed) {
		int sent = parseHex(crcHex);
		if (sent < 0) {
			return Optional.empty();
		}
		return allowed.stream().sorted().filter((variant) -> variant.compute(data) == sent).findFirst();
	}

	static int modbus(byte[] data) {
		int register = INITIAL;
		for (byte b : data) {
			register = (register >> 8) ^ TABLE[(register ^ b) & 0xFF];
		}
		return register;
	}

	private static int parseHex(String crcHex) {
		if (crcHex == null || crcHex.length() != 4) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(crcHex.charAt(i), 16);
			if (digit < 0) {
				return -1;
			}
			value = (value << 4) | digit;
		}
		return value;
	}

	private static int[] table() {
		int[] table = new int[256];
		for (int i = 0; i < 256; i++) {
			int register = i;
			for (int bit = 0; bit < 8; bit++) {
				register = ((register & 1) != 0) ? (register >>> 1) ^ REFLECTED_POLYNOMIAL : register >>> 1;
			}
			table[i] = register;
		}
		return table;
	}

}

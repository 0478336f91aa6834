package cn.eco.enforcement.monitoring.hj212.fuzz;

/**
 * The HJ 212 CRC written again from the pseudo-code of DOMAIN.md §a.8, bit by bit and without a
 * table, so that the fuzz oracle does not trust the implementation it checks. Also plain
 * CRC-16/MODBUS, which a standard receiver must not take for the standard CRC.
 */
final class ReferenceCrc {

	private ReferenceCrc() {
	}

	/** The standard's CRC: keep only the high byte of the register, fold in the byte, shift 8 times. */
	static int standard(byte[] data) {
		int register = 0xFFFF;
		for (byte b : data) {
			register = shiftEightTimes((register >>> 8) ^ (b & 0xFF));
		}
		return register;
	}

	/** CRC-16/MODBUS: the whole register takes part in every step. */
	static int modbus(byte[] data) {
		int register = 0xFFFF;
		for (byte b : data) {
			register = shiftEightTimes(register ^ (b & 0xFF));
		}
		return register;
	}

	/** Whether four hex digits (either case) are the standard CRC of the data. */
	static boolean matches(byte[] data, String crcHex) {
		return hex(standard(data)).equalsIgnoreCase(crcHex);
	}

	static String hex(int crc) {
		String digits = Integer.toHexString(0x10000 | (crc & 0xFFFF));
		return digits.substring(1).toUpperCase(java.util.Locale.ROOT);
	}

	private static int shiftEightTimes(int register) {
		int value = register;
		for (int bit = 0; bit < 8; bit++) {
			boolean lsb = (value & 1) != 0;
			value >>>= 1;
			if (lsb) {
				value ^= 0xA001;
			}
		}
		return value;
	}

}

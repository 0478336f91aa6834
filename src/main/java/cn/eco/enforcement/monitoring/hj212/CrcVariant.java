package cn.eco.enforcement.monitoring.hj212;

/**
 * CRC algorithms seen from HJ 212 devices. Only {@link #STANDARD} conforms; the others are tolerated
 * per device so that non-conforming loggers can be recorded and reported rather than lost.
 */
public enum CrcVariant {

	/** HJ 212 Appendix A ("ANSI CRC16" as the standard's C routine computes it). */
	STANDARD {
		@Override
		public int compute(byte[] data) {
			return Hj212Crc.of(data);
		}
	},

	/** Plain CRC-16/MODBUS, written high byte first. */
	MODBUS {
		@Override
		public int compute(byte[] data) {
			return Hj212Crc.modbus(data);
		}
	},

	/** CRC-16/MODBUS with its two bytes swapped (low byte first, as MODBUS puts it on the wire). */
	MODBUS_SWAPPED {
		@Override
		public int compute(byte[] data) {
			int crc = Hj212Crc.modbus(data);
			return ((crc & 0xFF) << 8) | (crc >>> 8);
		}
	};

	/**
	 * Computes this variant's CRC.
	 * @param data the data segment bytes
	 * @return the CRC, 0..0xFFFF, as it would be printed with {@link Hj212Crc#hex(int)}
	 */
	public abstract int compute(byte[] data);

}

package cn.eco.enforcement.monitoring;

import java.util.Set;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * Registers (or re-registers) a device by its HJ 212 MN; exactly one of enterprise and station is set.
 *
 * @param crcVariants the CRC variants accepted from this device: STANDARD, and the vendor variants
 * MODBUS and MODBUS_SWAPPED only for loggers known to use them
 * @param cipher the SM4 key and settings of an HJ 212-2025 logger that encrypts its data areas, or
 * null for a device that does not (a re-registration without one ends encryption)
 */
public record RegisterDevice(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
		String outlet, Set<String> crcVariants, CpCipher cipher) {

	public RegisterDevice {
		crcVariants = crcVariants == null || crcVariants.isEmpty() ? Set.of("STANDARD") : Set.copyOf(crcVariants);
	}

	public RegisterDevice(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
			String outlet, Set<String> crcVariants) {
		this(mn, password, kind, enterpriseCode, stationCode, outlet, crcVariants, null);
	}

	public RegisterDevice(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
			String outlet) {
		this(mn, password, kind, enterpriseCode, stationCode, outlet, Set.of("STANDARD"));
	}

}

package cn.eco.enforcement.monitoring;

import java.util.Set;

/**
 * Registers (or re-registers) a device by its HJ 212 MN; exactly one of enterprise and station is set.
 *
 * @param crcVariants the CRC variants accepted from this device: STANDARD, and the vendor variants
 * MODBUS and MODBUS_SWAPPED only for loggers known to use them
 */
public record RegisterDevice(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
		String outlet, Set<String> crcVariants) {

	public RegisterDevice {
		crcVariants = crcVariants == null || crcVariants.isEmpty() ? Set.of("STANDARD") : Set.copyOf(crcVariants);
	}

	public RegisterDevice(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
			String outlet) {
		this(mn, password, kind, enterpriseCode, stationCode, outlet, Set.of("STANDARD"));
	}

}

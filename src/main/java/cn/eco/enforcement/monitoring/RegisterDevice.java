package cn.eco.enforcement.monitoring;

/** Registers (or re-registers) a device by its HJ 212 MN; exactly one of enterprise and station is set. */
public record RegisterDevice(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
		String outlet) {
}

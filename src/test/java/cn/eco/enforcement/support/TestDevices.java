package cn.eco.enforcement.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.PermitLimit;
import cn.eco.enforcement.monitoring.RegisterDevice;

/** Monitoring devices registered for one test, so that no two tests share a logger. */
public final class TestDevices {

	private TestDevices() {
	}

	/**
	 * A wastewater logger of the enterprise: a fresh 14-character MN, password 123456, outlet DW001,
	 * COD (w01018) limited to 50 mg/L.
	 */
	public static String wastewaterAt(MonitoringApi monitoring, String enterpriseCode) {
		String mn = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase();
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.WASTEWATER, enterpriseCode, null, "DW001"),
				List.of(new PermitLimit("w01018", new BigDecimal("50"), "mg/L")));
		return mn;
	}

}

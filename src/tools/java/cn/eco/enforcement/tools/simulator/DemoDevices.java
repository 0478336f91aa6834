package cn.eco.enforcement.tools.simulator;

import static cn.eco.enforcement.tools.simulator.FactorProfile.of;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo devices of {@code V1001__demo_monitoring_devices.sql} (password 123456) with levels well
 * under their limits: permit limits for the enterprise outlets, the ambient alarm levels for the
 * stations. The regional wind blows from about 112° at 2–3 m/s, i.e. from ENT-0001 (台子湾路18号)
 * towards the 台子湾路站 station.
 */
final class DemoDevices {

	static final String PASSWORD = "123456";

	/** Measured → converted (折算) at about 9 % O2 against a 6 % reference: (21 − 6) / (21 − 9). */
	private static final double FLUE_CONVERSION = 1.25;

	private DemoDevices() {
	}

	static List<DeviceProfile> all() {
		List<DeviceProfile> devices = new ArrayList<>();
		devices.add(ambient("XY-AQ-TZW-001", "台子湾路站 ambient station", 31));
		devices.add(ambient("XY-AQ-MZ-001", "米庄镇站 ambient station", 28));
		devices.add(ambient("XY-AQ-XCQZF-001", "襄城区政府站 ambient station", 34));
		devices.add(ambient("XY-AQ-ZYJCZ-001", "枣阳市监测站 ambient station", 30));
		devices.add(ambient("XY-AQ-GCJCZ-001", "谷城县监测站 ambient station", 26));
		devices.add(surfaceWater("XY-SW-BJW-001"));
		devices.add(wastewater("XY-WW-0001-01", "ENT-0001 wastewater outlet", 24));
		devices.add(wastewater("XY-WW-0002-01", "ENT-0002 wastewater outlet", 22));
		devices.add(flueGas("XY-FG-0003-01", "ENT-0003 boiler stack", 16, 32, 3.2));
		devices.add(wastewater("XY-WW-0003-01", "ENT-0003 wastewater outlet", 30));
		devices.add(wastewater("XY-WW-0006-01", "ENT-0006 wastewater outlet", 25));
		devices.add(flueGas("XY-FG-0009-01", "ENT-0009 power-plant stack", 18, 30, 2.8));
		devices.add(vocs("XY-VOC-0012-01"));
		devices.add(new DeviceProfile("XY-CF-0016-01", "31", "ENT-0016 catering fume outlet",
				List.of(of("a34041", 0.55, 0.07, 2), of("a24088", 2.1, 0.25, 2))));
		devices.add(new DeviceProfile("XY-EL-0003-01", "44", "ENT-0003 electricity meters",
				List.of(of("d20405", 86, 4, 1), of("d30406", 23, 1.2, 1))));
		devices.add(wastewater("XY-WW-0015-01", "ENT-0015 wastewater outlet", 21));
		devices.add(flueGas("XY-FG-0017-01", "ENT-0017 kiln stack", 55, 170, 5.5));
		return devices;
	}

	private static DeviceProfile ambient(String mn, String description, double pm25) {
		return new DeviceProfile(mn, "22", description, List.of(
				of("a34004", pm25, 3.5, 0).daily(5, 8),
				of("a34002", pm25 * 1.9, 5, 0).daily(8, 8),
				of("a21026", 8, 1.2, 1),
				of("a21004", 26, 3, 1).daily(8, 20),
				of("a21005", 0.7, 0.06, 2),
				of("a05024", 70, 5, 0).daily(35, 15),
				of("a01008", 112, 7, 0).averageOnly(),
				of("a01007", 2.5, 0.2, 1).averageOnly(),
				of("a01001", 12, 0.4, 1).daily(5, 14).averageOnly(),
				of("a01002", 65, 2, 0).daily(12, 5).averageOnly()));
	}

	private static DeviceProfile surfaceWater(String mn) {
		return new DeviceProfile(mn, "21", "汉江白家湾断面 surface-water station", List.of(
				of("w01001", 7.8, 0.04, 2),
				of("w01009", 8.3, 0.15, 2),
				of("w01019", 2.9, 0.12, 2),
				of("w21003", 0.28, 0.025, 3),
				of("w21011", 0.085, 0.006, 3),
				of("w01010", 16.5, 0.2, 1),
				of("w01014", 420, 6, 0)));
	}

	private static DeviceProfile wastewater(String mn, String description, double cod) {
		return new DeviceProfile(mn, "32", description, List.of(
				of("w01018", cod, 2.2, 1),
				of("w21003", 1.3, 0.12, 2),
				of("w01001", 7.3, 0.06, 2),
				of("w21011", 0.32, 0.025, 3),
				of("w21001", 9.5, 0.5, 2),
				of("w00000", 14, 1.0, 2).cumulative(0.001)));
	}

	/** Converted (折算) levels are given; the logger sends measured -Avg and converted -ZsAvg. */
	private static DeviceProfile flueGas(String mn, String description, double so2, double nox, double dust) {
		return new DeviceProfile(mn, "31", description, List.of(
				of("a21026", so2 / FLUE_CONVERSION, so2 * 0.08, 2).converted(FLUE_CONVERSION),
				of("a21002", nox / FLUE_CONVERSION, nox * 0.06, 2).converted(FLUE_CONVERSION),
				of("a34013", dust / FLUE_CONVERSION, dust * 0.08, 2).converted(FLUE_CONVERSION),
				of("a19001", 9.0, 0.2, 2),
				of("a01012", 125, 1.5, 1),
				of("a01011", 11.5, 0.3, 2),
				of("a01014", 7.5, 0.3, 2),
				of("a00000", 42, 1.5, 2).cumulative(1)));
	}

	private static DeviceProfile vocs(String mn) {
		return new DeviceProfile(mn, "27", "ENT-0012 fence-line VOCs monitor", List.of(
				of("a24088", 1.1, 0.12, 3),
				of("a25002", 0.012, 0.0015, 4),
				of("a25003", 0.045, 0.005, 4),
				of("a25005", 0.038, 0.004, 4),
				of("a01001", 12, 0.4, 1).daily(5, 14).averageOnly(),
				of("a01008", 112, 7, 0).averageOnly(),
				of("a01007", 2.5, 0.2, 1).averageOnly()));
	}

}

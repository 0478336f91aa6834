package cn.eco.enforcement.tools.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * The HJ 212-2025 twins of the demo devices for {@code Hj212Simulator --standard 2025}: each demo
 * logger of {@code V1001__demo_monitoring_devices.sql} gets a twin with a 24-hex network code
 * ({@code 2025DE} and its position in {@link DemoDevices#all()}, e.g. {@code 2025DE000000000000000007}
 * for {@code XY-WW-0001-01}), the same owner, outlet and permit limits, and its own SM4 key. The
 * keys are derived from the network code (the first 16 bytes of SHA-256 over
 * {@code "hj212-simulator-demo-key:" + MN}): demo keys, known to anyone who reads this, so a second
 * run with {@code --skip-register} finds the twins it registered before.
 */
final class DemoTwins {

	/** The demo device's registry entry as {@code V1001} holds it: enterprise or station, outlet, limits. */
	record Registration(String kind, String enterpriseCode, String stationCode, String outlet, Map<String, Double> limits,
			String unit) {
	}

	private static final String WATER = "mg/L";

	private static final String GAS = "mg/m³";

	private static final Map<String, Registration> REGISTRY = Map.ofEntries(
			station("XY-AQ-TZW-001", "ST-TZW"), station("XY-AQ-MZ-001", "ST-MZ"),
			station("XY-AQ-XCQZF-001", "ST-XCQZF"), station("XY-AQ-ZYJCZ-001", "ST-ZYJCZ"),
			station("XY-AQ-GCJCZ-001", "ST-GCJCZ"),
			Map.entry("XY-SW-BJW-001", new Registration("SURFACE_WATER", null, "ST-BJW", null, Map.of(), WATER)),
			enterprise("XY-WW-0001-01", "WASTEWATER", "ENT-0001", "DW001 废水总排口", Map.of("w01018", 50.0, "w21003", 5.0), WATER),
			enterprise("XY-WW-0002-01", "WASTEWATER", "ENT-0002", "DW001 废水总排口", Map.of("w01018", 50.0, "w21003", 5.0), WATER),
			enterprise("XY-FG-0003-01", "FLUE_GAS", "ENT-0003", "DA001 锅炉烟囱",
					Map.of("a21026", 35.0, "a21002", 50.0, "a34013", 10.0), GAS),
			enterprise("XY-WW-0003-01", "WASTEWATER", "ENT-0003", "DW001 废水总排口", Map.of("w01018", 60.0, "w21003", 8.0), WATER),
			enterprise("XY-WW-0006-01", "WASTEWATER", "ENT-0006", "DW001 废水总排口", Map.of("w01018", 50.0), WATER),
			enterprise("XY-FG-0009-01", "FLUE_GAS", "ENT-0009", "DA001 1# 机组烟囱",
					Map.of("a21026", 35.0, "a21002", 50.0, "a34013", 10.0), GAS),
			enterprise("XY-VOC-0012-01", "VOCS_FENCELINE", "ENT-0012", "厂界 VOCs 监测点（东南角）", Map.of("a24088", 4.0), GAS),
			enterprise("XY-CF-0016-01", "CATERING_FUME", "ENT-0016", "油烟净化器排口", Map.of("a34041", 2.0), GAS),
			enterprise("XY-EL-0003-01", "ELECTRICITY", "ENT-0003", "生产线/治理设施用电", Map.of(), GAS),
			enterprise("XY-WW-0015-01", "WASTEWATER", "ENT-0015", "DW001 出水口", Map.of("w01018", 50.0, "w21003", 5.0), WATER),
			enterprise("XY-FG-0017-01", "FLUE_GAS", "ENT-0017", "DA001 窑尾烟囱",
					Map.of("a21026", 100.0, "a21002", 260.0, "a34013", 10.0), GAS));

	private DemoTwins() {
	}

	/** The 24-hex network code of the twin of the demo device at this position of {@link DemoDevices#all()}. */
	static String twinMn(int index) {
		return String.format("2025DE%018X", index + 1);
	}

	/** The twin's demo SM4 key, 16 bytes. */
	static byte[] key(String twinMn) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("hj212-simulator-demo-key:" + twinMn).getBytes(StandardCharsets.UTF_8));
			return Arrays.copyOf(digest, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The twin's cipher: its key with the encoding and padding the run uses. */
	static CpCipher cipher(String twinMn, CpCipher.Encoding encoding, CpCipher.Padding padding) {
		return new CpCipher(key(twinMn), encoding, padding);
	}

	/** The twin of a demo device: the same profile under the twin's network code. */
	static DeviceProfile twin(DeviceProfile demo, int index) {
		return new DeviceProfile(twinMn(index), demo.st(), demo.description() + " (HJ 212-2025 twin)", demo.factors());
	}

	/** The demo device's registry entry, for registering its twin. */
	static Registration registration(String demoMn) {
		Registration registration = REGISTRY.get(demoMn);
		if (registration == null) {
			throw new IllegalStateException("no registry entry for demo device " + demoMn);
		}
		return registration;
	}

	/** Registers (or re-registers) every twin with its key, encoding and padding. */
	static void register(PlatformClient platform, List<DeviceProfile> demo, String devicePassword,
			CpCipher.Encoding encoding, CpCipher.Padding padding) throws java.io.IOException, InterruptedException {
		for (int i = 0; i < demo.size(); i++) {
			String twin = twinMn(i);
			platform.registerDevice(twin, devicePassword, registration(demo.get(i).mn()), cipher(twin, encoding, padding));
		}
	}

	private static Map.Entry<String, Registration> station(String mn, String station) {
		return Map.entry(mn, new Registration("AMBIENT_AIR", null, station, null, Map.of(), GAS));
	}

	private static Map.Entry<String, Registration> enterprise(String mn, String kind, String enterprise, String outlet,
			Map<String, Double> limits, String unit) {
		return Map.entry(mn, new Registration(kind, enterprise, null, outlet, limits, unit));
	}

}

package cn.eco.enforcement.monitoring.tracing;

import java.util.Map;

/** Display names of HJ 212 air factor codes for explanations; unknown codes are shown as they are. */
final class FactorNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("a34004", "PM2.5"),
			Map.entry("a34002", "PM10"), Map.entry("a34005", "PM1.0"), Map.entry("a34001", "TSP"),
			Map.entry("a34013", "烟尘"), Map.entry("a21026", "SO2"), Map.entry("a21002", "NOx"),
			Map.entry("a21003", "NO"), Map.entry("a21004", "NO2"), Map.entry("a21005", "CO"),
			Map.entry("a05024", "O3"), Map.entry("a21028", "H2S"), Map.entry("a21001", "NH3"),
			Map.entry("a21024", "HCl"), Map.entry("a24087", "总烃"), Map.entry("a24088", "非甲烷总烃"),
			Map.entry("a25002", "苯"), Map.entry("a25003", "甲苯"), Map.entry("a25005", "二甲苯"),
			Map.entry("a31001", "甲醛"));

	private FactorNames() {
	}

	static String of(String code) {
		return NAMES.getOrDefault(code, code);
	}

}

package cn.eco.enforcement.monitoring;

import static java.util.Map.entry;

import java.util.Map;

import cn.eco.enforcement.monitoring.hj212.FactorCodes;

/**
 * Monitoring factors as people read them: the Chinese name, the abbreviation inspectors use where
 * there is one, and the unit ("化学需氧量 COD mg/L"). The HJ 212 code (w01018) is for the APIs and
 * auditors, never the text itself.
 */
public final class Factors {

	/** Common abbreviations, by 2017 code; factors without one are called by their name alone. */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(entry("w01018", "COD"),
			entry("w21003", "NH3-N"), entry("w21011", "TP"), entry("w21001", "TN"), entry("w01012", "SS"),
			entry("w01017", "BOD5"), entry("w01020", "TOC"), entry("w01019", "CODMn"), entry("w01009", "DO"),
			entry("a21026", "SO2"), entry("a21002", "NOx"), entry("a21003", "NO"), entry("a21004", "NO2"),
			entry("a21005", "CO"), entry("a21028", "H2S"), entry("a21001", "NH3"), entry("a21024", "HCl"),
			entry("a24088", "NMHC"), entry("a05001", "CO2"), entry("a05002", "CH4"), entry("a05024", "O3"),
			entry("a34001", "TSP"));

	/**
	 * Default units of the code table (shared/DOMAIN.md a.10), for where no measured or configured unit
	 * is at hand; a unit given by the device or the permit limit always wins.
	 */
	private static final Map<String, String> DEFAULT_UNITS = Map.ofEntries(entry("w00000", "L/s"),
			entry("w01018", "mg/L"), entry("w21003", "mg/L"), entry("w21011", "mg/L"), entry("w21001", "mg/L"),
			entry("w01012", "mg/L"), entry("w01017", "mg/L"), entry("w01020", "mg/L"), entry("w01019", "mg/L"),
			entry("w01009", "mg/L"), entry("w01010", "℃"), entry("w01014", "µS/cm"), entry("w22001", "mg/L"),
			entry("w23002", "mg/L"), entry("w21016", "mg/L"), entry("w21017", "mg/L"), entry("w21019", "mg/L"),
			entry("w20111", "µg/L"), entry("w20115", "µg/L"), entry("w20116", "mg/L"), entry("w20117", "µg/L"),
			entry("w20119", "µg/L"), entry("w20120", "µg/L"), entry("w20121", "mg/L"), entry("w20122", "mg/L"),
			entry("w20123", "mg/L"), entry("a00000", "m³/s"), entry("a34013", "mg/m³"), entry("a21026", "mg/m³"),
			entry("a21002", "mg/m³"), entry("a21003", "mg/m³"), entry("a21004", "mg/m³"), entry("a21005", "mg/m³"),
			entry("a21028", "mg/m³"), entry("a21024", "mg/m³"), entry("a21018", "mg/m³"), entry("a24087", "mg/m³"),
			entry("a24088", "mg/m³"), entry("a25002", "mg/m³"), entry("a25003", "mg/m³"), entry("a25005", "mg/m³"),
			entry("a31001", "mg/m³"), entry("a19001", "%"), entry("a01011", "m/s"), entry("a01012", "℃"),
			entry("a01013", "kPa"), entry("a01014", "%"), entry("a01017", "kPa"), entry("a01016", "m²"),
			entry("a01001", "℃"), entry("a01002", "%"), entry("a01006", "kPa"), entry("a01007", "m/s"));

	private Factors() {
	}

	/** "化学需氧量" for a known code (2005 codes are mapped first), the code itself otherwise. */
	public static String name(String code) {
		if (code == null) {
			return "—";
		}
		return FactorCodes.name(FactorCodes.canonical(code)).orElse(code);
	}

	/**
	 * The factor without a unit, where a unit would be wrong (an exceedance multiple) or is said
	 * elsewhere: "化学需氧量 COD", "烟尘"; the code itself for a factor outside the table.
	 */
	public static String label(String code) {
		if (code == null) {
			return "—";
		}
		String canonical = FactorCodes.canonical(code);
		String abbreviation = ABBREVIATIONS.get(canonical);
		return abbreviation == null ? name(code) : name(code) + " " + abbreviation;
	}

	/**
	 * The factor as a person reads it next to a value: "化学需氧量 COD mg/L".
	 * @param code the factor code as stored (2005 codes are mapped first)
	 * @param unit the unit the value was measured or limited in; when blank, the code table's default
	 *     unit (none for dimensionless factors such as pH)
	 */
	public static String label(String code, String unit) {
		if (code == null) {
			return "—";
		}
		String shown = unit == null || unit.isBlank() ? DEFAULT_UNITS.get(FactorCodes.canonical(code)) : unit.strip();
		return shown == null ? label(code) : label(code) + " " + shown;
	}

	/**
	 * A label followed by Chinese text, spaced as Chinese typesetting spaces Latin letters and digits
	 * from Han characters: "化学需氧量 COD 超标 2 倍", but "烟尘超标 2 倍".
	 */
	public static String labelBefore(String code, String chinese) {
		String label = label(code);
		char last = label.charAt(label.length() - 1);
		return last < 0x2E80 ? label + " " + chinese : label + chinese;
	}

}

package cn.eco.enforcement.monitoring;

import cn.eco.enforcement.monitoring.hj212.FactorCodes;

/** Names of monitoring factors for people. */
public final class Factors {

	private Factors() {
	}

	/** "化学需氧量" for a known code (2005 codes are mapped first), the code itself otherwise. */
	public static String name(String code) {
		if (code == null) {
			return "—";
		}
		String canonical = FactorCodes.canonical(code);
		return FactorCodes.name(canonical).orElse(code);
	}

	/** "化学需氧量（w01018）" for a known code (2005 codes are mapped first), the code itself otherwise. */
	public static String displayName(String code) {
		if (code == null) {
			return "—";
		}
		String canonical = FactorCodes.canonical(code);
		return FactorCodes.name(canonical).map(name -> name + "（" + canonical + "）").orElse(code);
	}

}

package cn.eco.enforcement.monitoring.hj212;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Canonical factor (pollutant) codes: the 2017 codes, to which the 2005 codes map and 2017 codes pass
 * through unchanged. An instance adds vendor aliases (e.g. {@code 925} or {@code O3}); instances are
 * immutable, so {@link #withAlias} returns a new one.
 */
public final class FactorCodes {

	private static final FactorCodes STANDARD = new FactorCodes(Map.of());

	private final Map<String, String> aliases;

	private FactorCodes(Map<String, String> aliases) {
		this.aliases = Map.copyOf(aliases);
	}

	/**
	 * The built-in codes without vendor aliases.
	 * @return the shared instance
	 */
	public static FactorCodes standard() {
		return STANDARD;
	}

	/**
	 * The canonical code by the built-in table.
	 * @param code a factor code as sent
	 * @return the 2017 code for a known 2005 code, otherwise the code unchanged
	 */
	public static String canonical(String code) {
		return FactorTables.FROM_2005.getOrDefault(code, code);
	}

	/**
	 * The Chinese name of a factor.
	 * @param canonical a canonical (2017) factor code
	 * @return the name, or empty for codes outside the built-in table
	 */
	public static Optional<String> name(String canonical) {
		return Optional.ofNullable(FactorTables.NAMES.get(canonical));
	}

	/**
	 * These codes plus one vendor alias; an alias overrides the built-in table.
	 * @param alias the code a device sends
	 * @param canonical the factor it stands for; a 2005 code is resolved to its 2017 code
	 * @return a new instance
	 */
	public FactorCodes withAlias(String alias, String canonical) {
		Objects.requireNonNull(alias, "alias");
		Map<String, String> extended = new HashMap<>(aliases);
		extended.put(alias, resolve(Objects.requireNonNull(canonical, "canonical")));
		return new FactorCodes(extended);
	}

	/**
	 * The canonical code, vendor aliases first, then the built-in table.
	 * @param code a factor code as sent
	 * @return the canonical code, or the code unchanged when nothing maps it
	 */
	public String resolve(String code) {
		String aliased = aliases.get(code);
		return (aliased != null) ? aliased : canonical(code);
	}

}

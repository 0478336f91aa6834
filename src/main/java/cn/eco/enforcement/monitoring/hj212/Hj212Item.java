package cn.eco.enforcement.monitoring.hj212;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * All {@code <code>-<suffix>=value} fields of one factor (pollutant, flue parameter, treatment
 * facility {@code SBxxx}, site-information code) in a CP data area.
 *
 * @param factorCode the canonical factor code (2005 codes and registered aliases resolved)
 * @param values suffix ({@code Rtd}, {@code Avg}, {@code ZsAvg}, {@code Flag}, {@code RS}, …) to
 * raw value, in arrival order
 */
public record Hj212Item(String factorCode, Map<String, String> values) {

	public Hj212Item {
		Objects.requireNonNull(factorCode, "factorCode");
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * One raw value.
	 * @param suffix the field suffix after the dash, case-sensitive
	 * @return the value as sent, or empty when the packet has no such field
	 */
	public Optional<String> value(String suffix) {
		return Optional.ofNullable(values.get(suffix));
	}

}

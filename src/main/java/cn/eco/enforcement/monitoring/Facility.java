package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A production or treatment facility of an enterprise under electricity monitoring (HJ 212-2025
 * ST=44): the factor {@code factorCode} of logger {@code mn} is its current, voltage or power, and
 * the facility runs while that value is above {@code runningAbove}.
 *
 * @param treats for a treatment facility, the codes of the production facilities it serves; empty
 * for a production facility
 */
public record Facility(String code, String name, FacilityKind kind, String mn, String factorCode,
		BigDecimal runningAbove, String unit, List<String> treats) {

	public Facility {
		treats = treats == null ? List.of() : List.copyOf(treats);
	}

}

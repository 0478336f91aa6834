package cn.eco.enforcement.alarm;

/**
 * An enterprise that source tracing ranked as a likely source of an ambient alarm, or a firm near
 * the place of a place-based alarm.
 *
 * @param score the tracing score (0–1), higher is more likely; for a firm near a place, 1 at the
 * place falling to 0 at the search radius
 * @param explanation Chinese reasons: bearing, distance, matching pollutants, evidence
 * @param distanceMeters for a firm near a place-based alarm, its distance from the place; null for
 * traced sources
 */
public record SuspectedSource(String enterpriseCode, double score, String explanation, Integer distanceMeters) {

	/** A traced source of a station alarm. */
	public SuspectedSource(String enterpriseCode, double score, String explanation) {
		this(enterpriseCode, score, explanation, null);
	}

}

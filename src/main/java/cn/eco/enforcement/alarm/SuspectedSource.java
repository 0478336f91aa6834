package cn.eco.enforcement.alarm;

/**
 * An enterprise that source tracing ranked as a likely source of an ambient alarm.
 *
 * @param score the tracing score (0–1), higher is more likely
 * @param explanation Chinese reasons: bearing, distance, matching pollutants, evidence
 */
public record SuspectedSource(String enterpriseCode, double score, String explanation) {
}

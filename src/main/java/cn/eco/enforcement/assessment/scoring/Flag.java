package cn.eco.enforcement.assessment.scoring;

import java.time.OffsetDateTime;

/**
 * A heuristic sign of one of the failures the bureau holds inspectors to account for: problems not
 * found, found but not recorded, recorded but not turned into a case, not filed, filed but not pursued.
 *
 * @param pattern the pattern's code, e.g. {@code EXCEEDANCE_PERSISTED}
 * @param label its Chinese name
 * @param reference {@code ALARM-<id>} or {@code CASE-<id>}
 */
public record Flag(String pattern, String label, String inspector, String squadron, String enterpriseCode,
		String reference, OffsetDateTime at, String detail) {
}

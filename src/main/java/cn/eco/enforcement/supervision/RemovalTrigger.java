package cn.eco.enforcement.supervision;

/**
 * Something that happened to an enterprise which may cost it its positive-list place (DOMAIN §c.1).
 *
 * @param type CONFIRMED_VIOLATION, CASE_FILED, DATA_FALSIFICATION, RECTIFICATION_OVERDUE or PENALTY_DECIDED
 * @param sourceType for a confirmed violation, where its alarm came from (e.g. COMPLAINT)
 * @param onPositiveList whether the firm is on a positive list now
 */
public record RemovalTrigger(String enterpriseCode, String type, String sourceType, boolean onPositiveList) {
}

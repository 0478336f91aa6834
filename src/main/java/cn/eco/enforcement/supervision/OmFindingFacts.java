package cn.eco.enforcement.supervision;

/**
 * One finding of a third-party O&M inspection, as the finding rules judge it.
 *
 * @param findingClass EQUIPMENT_FAULT, IRREGULAR_OPERATION, DATA_ANOMALY or SUSPECTED_FALSIFICATION
 * @param enterpriseDevice whether the device belongs to a firm (not a station)
 * @param irregularOperations12m the firm's findings of irregular operation within 12 months, this one included
 */
public record OmFindingFacts(String findingClass, boolean enterpriseDevice, int irregularOperations12m) {
}

package cn.eco.enforcement.supervision;

/**
 * What the O&M inspection-frequency rules judge about one monitoring system under a third-party
 * inspection contract.
 *
 * @param deviceKind the device kind (FLUE_GAS, WASTEWATER, VOCS_FENCELINE, AMBIENT_AIR, …)
 * @param enterpriseCategory the firm's category (KEY, ORDINARY), or null for a station's device
 * @param standingLowered whether repeated irregular O&M has lowered the firm's standing
 */
public record OmDeviceFacts(String deviceKind, String enterpriseCategory, boolean standingLowered) {
}

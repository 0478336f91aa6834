package cn.eco.enforcement.enterprise;

/**
 * What supervision and dispatch need to know about one enterprise today.
 *
 * @param positiveList whether the firm is on a positive list valid today and not removed
 * @param confirmedViolations12m confirmed violations within the configured window (12 months
 * unless configured otherwise)
 * @param squadronCode the squadron that owns the firm's township
 * @param characteristicPollutants HJ 212 factor codes of what the firm typically emits
 */
public record EnterpriseProfile(String code, String name, String creditCode, String townshipCode,
		String squadronCode, String category, String industry, String responsibleInspector,
		String deputyInspector, boolean positiveList, int confirmedViolations12m, Double latitude, Double longitude,
		java.util.List<String> characteristicPollutants, String permitNumber, String address) {
}

package cn.eco.enforcement.supervision;

/**
 * The facts the grid-assignment rules judge.
 *
 * @param enterpriseCode the firm the alarm concerns, or null for a station alarm
 * @param stationCode the ambient station that alarmed, or null for an enterprise alarm
 * @param squadronCode the squadron whose grid holds the firm's or the station's township
 */
public record AssignmentCase(String enterpriseCode, String stationCode, String responsibleInspector,
		boolean responsibleAvailable, String deputyInspector, boolean deputyAvailable, String squadronCode) {
}

package cn.eco.enforcement.supervision;

/**
 * The facts the grid-assignment rules judge.
 *
 * @param enterpriseCode the firm the alarm concerns, or null for a station alarm
 * @param stationCode the ambient station that alarmed, or null for an enterprise alarm
 * @param squadronCode the squadron whose grid holds the firm's or the station's township (for a
 * traced station alarm: the traced firm's)
 * @param tracedSourceCode for a station alarm, the enterprise source tracing ranked first (its
 * inspectors are in the responsible/deputy fields); null otherwise
 */
public record AssignmentCase(String enterpriseCode, String stationCode, String responsibleInspector,
		boolean responsibleAvailable, String deputyInspector, boolean deputyAvailable, String squadronCode,
		String tracedSourceCode) {

	/** An alarm about an enterprise, or an untraced station alarm. */
	public AssignmentCase(String enterpriseCode, String stationCode, String responsibleInspector,
			boolean responsibleAvailable, String deputyInspector, boolean deputyAvailable, String squadronCode) {
		this(enterpriseCode, stationCode, responsibleInspector, responsibleAvailable, deputyInspector, deputyAvailable,
				squadronCode, null);
	}

}

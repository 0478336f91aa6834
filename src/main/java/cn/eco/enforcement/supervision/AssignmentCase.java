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
 * @param townshipCode for a place-based alarm, the township whose boundary holds the place (the
 * squadron is that township's); null otherwise
 */
public record AssignmentCase(String enterpriseCode, String stationCode, String responsibleInspector,
		boolean responsibleAvailable, String deputyInspector, boolean deputyAvailable, String squadronCode,
		String tracedSourceCode, String townshipCode) {

	/** An alarm about an enterprise, or a station alarm, traced or not. */
	public AssignmentCase(String enterpriseCode, String stationCode, String responsibleInspector,
			boolean responsibleAvailable, String deputyInspector, boolean deputyAvailable, String squadronCode,
			String tracedSourceCode) {
		this(enterpriseCode, stationCode, responsibleInspector, responsibleAvailable, deputyInspector, deputyAvailable,
				squadronCode, tracedSourceCode, null);
	}

	/** An alarm about a place, offered to the squadron of its township. */
	public static AssignmentCase place(String townshipCode, String squadronCode) {
		return new AssignmentCase(null, null, null, false, null, false, squadronCode, null, townshipCode);
	}

	/** An alarm about an enterprise, or an untraced station alarm. */
	public AssignmentCase(String enterpriseCode, String stationCode, String responsibleInspector,
			boolean responsibleAvailable, String deputyInspector, boolean deputyAvailable, String squadronCode) {
		this(enterpriseCode, stationCode, responsibleInspector, responsibleAvailable, deputyInspector, deputyAvailable,
				squadronCode, null);
	}

}

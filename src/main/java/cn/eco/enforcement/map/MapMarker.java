package cn.eco.enforcement.map;

/**
 * One point on the enforcement map.
 *
 * @param type what the point is: {@link #ENTERPRISE}, {@link #STATION}, {@link #ALARM},
 * {@link #CASE} or a type of another source (the page draws unknown types generically)
 * @param id unique within its type
 * @param label what the popup shows as its title (Chinese)
 * @param enterpriseCode the enterprise the point concerns, or null
 * @param status a type-specific status code (see the constants of each type), or null
 * @param link where the popup links to (the enterprise file for points about a firm), or null
 */
public record MapMarker(String type, String id, String label, double longitude, double latitude,
		String enterpriseCode, String status, String link) {

	/** A regulated enterprise; status {@code KEY} or {@code ORDINARY}, with {@code _POSITIVE_LIST} when listed. */
	public static final String ENTERPRISE = "ENTERPRISE";

	/** An ambient monitoring station; status {@code AMBIENT_AIR} or {@code SURFACE_WATER}. */
	public static final String STATION = "STATION";

	/** An alarm whose enforcement loop is still running; status is its {@code AlarmStatus} name. */
	public static final String ALARM = "ALARM";

	/** A case (立案) — contributed by casework. */
	public static final String CASE = "CASE";

	/** The enterprise file page (一企一档) of a firm, the usual popup link. */
	public static String enterpriseFileLink(String enterpriseCode) {
		return "/api/enterprises/" + enterpriseCode + "/file";
	}

}

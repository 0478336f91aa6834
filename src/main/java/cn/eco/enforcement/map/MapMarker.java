package cn.eco.enforcement.map;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point on the enforcement map.
 *
 * @param type what the point is: {@link #ENTERPRISE}, {@link #STATION}, {@link #ALARM}, a place-based
 * alarm ({@link #STRAW_BURNING}, {@link #VIDEO_PATROL}, {@link #RIVER_PATROL}, {@link #COMPLAINT}),
 * {@link #CASE} or a type of another source (the page draws unknown types generically)
 * @param id unique within its type
 * @param label what the popup shows as its title (Chinese)
 * @param enterpriseCode the enterprise the point concerns, or null
 * @param status a type-specific status code (see the constants of each type), or null
 * @param link where the popup links to (the enterprise file for points about a firm), or null
 * @param details further lines of the popup in their order, Chinese name to value (e.g. 地址, 乡镇（街道）);
 * never personal data; lines without a value are left out
 */
public record MapMarker(String type, String id, String label, double longitude, double latitude,
		String enterpriseCode, String status, String link, Map<String, String> details) {

	public MapMarker {
		Map<String, String> kept = new LinkedHashMap<>();
		if (details != null) {
			details.forEach((name, value) -> {
				if (value != null && !value.isBlank()) {
					kept.put(name, value);
				}
			});
		}
		details = Collections.unmodifiableMap(kept);
	}

	/** A marker whose popup needs no lines beyond its type and status. */
	public MapMarker(String type, String id, String label, double longitude, double latitude, String enterpriseCode,
			String status, String link) {
		this(type, id, label, longitude, latitude, enterpriseCode, status, link, Map.of());
	}

	/** A regulated enterprise; status {@code KEY} or {@code ORDINARY}, with {@code _POSITIVE_LIST} when listed. */
	public static final String ENTERPRISE = "ENTERPRISE";

	/** An ambient monitoring station; status {@code AMBIENT_AIR} or {@code SURFACE_WATER}. */
	public static final String STATION = "STATION";

	/** An alarm whose enforcement loop is still running; status is its {@code AlarmStatus} name. */
	public static final String ALARM = "ALARM";

	/** A straw-burning alarm (fire point, 火点) with a place; status is its {@code AlarmStatus} name. */
	public static final String STRAW_BURNING = "STRAW_BURNING";

	/** A video patrol alarm (视频巡查) with a place; status is its {@code AlarmStatus} name. */
	public static final String VIDEO_PATROL = "VIDEO_PATROL";

	/** A river patrol alarm (河道巡查) with a place; status is its {@code AlarmStatus} name. */
	public static final String RIVER_PATROL = "RIVER_PATROL";

	/** A complaint (群众举报) filed with a place; status is its {@code AlarmStatus} name. Never the complainant. */
	public static final String COMPLAINT = "COMPLAINT";

	/** A case (立案) — contributed by casework. */
	public static final String CASE = "CASE";

	/** The enterprise file page (一企一档) of a firm, the usual popup link. */
	public static String enterpriseFileLink(String enterpriseCode) {
		return "/api/enterprises/" + enterpriseCode + "/file";
	}

}

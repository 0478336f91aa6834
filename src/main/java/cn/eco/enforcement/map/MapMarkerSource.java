package cn.eco.enforcement.map;

import java.util.List;

/**
 * The extension point of the enforcement map: a Spring bean of any module that implements this
 * adds its points to {@code GET /api/map/markers}. A source returns only markers of the types the
 * filter {@link MapFilter#wants wants} and in the branch it {@link MapFilter#covers covers}, and
 * skips points without coordinates.
 */
public interface MapMarkerSource {

	/** The source's markers matching the filter. */
	List<MapMarker> markers(MapFilter filter);

}

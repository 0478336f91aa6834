package cn.eco.enforcement.map.internal;

import java.util.Comparator;
import java.util.List;

import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;

import org.springframework.stereotype.Service;

/** Asks every {@link MapMarkerSource} of the application, ours and other modules', for its markers. */
@Service
public class MapMarkers {

	private final List<MapMarkerSource> sources;

	MapMarkers(List<MapMarkerSource> sources) {
		this.sources = List.copyOf(sources);
	}

	/** All sources' markers for the filter, ordered by type and id. */
	public List<MapMarker> markers(MapFilter filter) {
		return sources.stream()
			.flatMap(source -> source.markers(filter).stream())
			.filter(marker -> filter.wants(marker.type()))
			.sorted(Comparator.comparing(MapMarker::type).thenComparing(MapMarker::id))
			.toList();
	}

}

package cn.eco.enforcement.map.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.MapMarkerSource;
import org.junit.jupiter.api.Test;

/** Other modules' sources (a casework "case" source, say) join the map through the extension point. */
class MapMarkersTests {

	private static final MapMarker FIRM = new MapMarker(MapMarker.ENTERPRISE, "ENT-0001", "甲企业", 112.1, 32.0,
			"ENT-0001", "KEY", "/api/enterprises/ENT-0001/file");

	private static final MapMarker CASE = new MapMarker(MapMarker.CASE, "XY-2026-001", "案件 XY-2026-001", 112.1, 32.0,
			"ENT-0001", "FILING_APPROVAL", "/api/enterprises/ENT-0001/file");

	private final MapMarkerSource firms = filter -> List.of(FIRM);

	/** A careless source that ignores the requested types. */
	private final MapMarkerSource cases = filter -> List.of(CASE);

	@Test
	void markersOfEverySourceAreMergedOrderedByType() {
		var markers = new MapMarkers(List.of(firms, cases)).markers(MapFilter.everything());

		assertThat(markers).containsExactly(CASE, FIRM);
	}

	@Test
	void typesNotAskedForAreDroppedEvenWhenASourceReturnsThem() {
		var markers = new MapMarkers(List.of(firms, cases))
			.markers(new MapFilter(null, Set.of(), Set.of(MapMarker.ENTERPRISE)));

		assertThat(markers).containsExactly(FIRM);
	}

	@Test
	void branchFilterCoversOnlyItsSquadrons() {
		var gaoxin = new MapFilter("XY-GX", Set.of("XY-GX-SQ1", "XY-GX-SQ2"), Set.of());

		assertThat(gaoxin.covers("XY-GX-SQ1")).isTrue();
		assertThat(gaoxin.covers("XY-XC-SQ1")).isFalse();
		assertThat(MapFilter.everything().covers("XY-XC-SQ1")).isTrue();
	}

}

package cn.eco.enforcement.grid.web;

import java.util.List;

import cn.eco.enforcement.grid.BoundaryImport;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Township;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Township boundaries: an administrator imports them as GeoJSON (a FeatureCollection whose features
 * carry {@code properties.code}); staff list which townships have one. Place-based alarms find their
 * township, and so their squadron, in them.
 */
@RestController
class TownshipBoundaryController {

	private final GridApi grid;

	TownshipBoundaryController(GridApi grid) {
		this.grid = grid;
	}

	@GetMapping("/api/grid/townships")
	List<Township> townships() {
		return grid.townships();
	}

	@PostMapping(path = "/api/grid/townships/boundaries",
			consumes = { "application/geo+json", "application/json" })
	@ResponseStatus(HttpStatus.OK)
	BoundaryImport importBoundaries(@RequestBody String geoJson, Authentication user) {
		return grid.importTownshipBoundaries(geoJson, user.getName());
	}

}

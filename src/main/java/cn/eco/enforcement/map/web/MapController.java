package cn.eco.enforcement.map.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.eco.enforcement.grid.BranchBureau;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Jurisdictions;
import cn.eco.enforcement.map.MapFilter;
import cn.eco.enforcement.map.MapMarker;
import cn.eco.enforcement.map.internal.MapMarkers;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The enforcement map: the page ({@code /map/}, static assets under {@code /map/}) and its data,
 * {@code GET /api/map/markers?branch=&types=} and {@code GET /api/map/branches}.
 */
@Controller
class MapController {

	private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	private final MapMarkers markers;

	private final GridApi grid;

	private final Jurisdictions jurisdictions;

	MapController(MapMarkers markers, GridApi grid, Jurisdictions jurisdictions) {
		this.markers = markers;
		this.grid = grid;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/map")
	String page() {
		return "redirect:/map/";
	}

	@GetMapping("/map/")
	String index() {
		return "forward:/map/index.html";
	}

	/**
	 * Markers of the given types (comma-separated; all when omitted) in a branch bureau (the whole
	 * city when omitted), within the caller's grid.
	 */
	@GetMapping("/api/map/markers")
	@ResponseBody
	List<MapMarker> markers(@RequestParam(required = false) String branch,
			@RequestParam(required = false) String types) {
		return markers.markers(new MapFilter(branch == null || branch.isBlank() ? null : branch, squadronsOf(branch),
				typesOf(types), jurisdictions.ofCaller()));
	}

	/** The branch bureaus the map can be narrowed to. */
	@GetMapping("/api/map/branches")
	@ResponseBody
	List<BranchBureau> branches() {
		return grid.branchBureaus();
	}

	private Set<String> squadronsOf(String branch) {
		if (branch == null || branch.isBlank()) {
			return Set.of();
		}
		return grid.branchBureaus()
			.stream()
			.filter(b -> b.code().equals(branch))
			.findFirst()
			.map(b -> Set.copyOf(b.squadronCodes()))
			.orElseThrow(() -> new InvalidInputException("branch", "未知的分局：" + branch));
	}

	private static Set<String> typesOf(String types) {
		if (types == null || types.isBlank()) {
			return Set.of();
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (String type : Arrays.stream(types.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()) {
			if (!TYPE.matcher(type).matches()) {
				throw new InvalidInputException("types", "标记类型须为大写字母代码（如 ENTERPRISE,ALARM）：" + type);
			}
			wanted.add(type);
		}
		return wanted;
	}

}

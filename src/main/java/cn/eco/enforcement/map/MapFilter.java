package cn.eco.enforcement.map;

import java.util.Set;

import cn.eco.enforcement.grid.Jurisdiction;

/**
 * What the map asks its sources for.
 *
 * @param branchCode the branch bureau (分局) to show, or null for the whole city
 * @param branchSquadrons the squadrons of that branch bureau (empty when {@code branchCode} is null)
 * @param types the marker types to show; empty for every type
 * @param scope the viewer's jurisdiction: an inspector sees only his own squadron's grid, whose
 * enterprise files he may open
 */
public record MapFilter(String branchCode, Set<String> branchSquadrons, Set<String> types, Jurisdiction scope) {

	public MapFilter {
		branchSquadrons = Set.copyOf(branchSquadrons);
		types = Set.copyOf(types);
	}

	/** For a viewer who sees the whole city. */
	public MapFilter(String branchCode, Set<String> branchSquadrons, Set<String> types) {
		this(branchCode, branchSquadrons, types, Jurisdiction.wholeCity());
	}

	/** The whole city, every type. */
	public static MapFilter everything() {
		return new MapFilter(null, Set.of(), Set.of());
	}

	/** Whether markers of this type are wanted; a source skips its work when not. */
	public boolean wants(String type) {
		return types.isEmpty() || types.contains(type);
	}

	/** Whether a point in the grid of this squadron lies in the selected branch bureau and the viewer's jurisdiction. */
	public boolean covers(String squadronCode) {
		return (branchCode == null || branchSquadrons.contains(squadronCode)) && scope.covers(squadronCode);
	}

}

package cn.eco.enforcement.grid;

import java.util.Set;

/**
 * The part of the grid a person may read: the whole city (supervisors, auditors, administrators) or
 * the grids of some squadrons (an inspector's or squadron leader's own). Alarms, enterprise files
 * and the personal data in them (a complainant's name and phone number) are read only inside it.
 *
 * @param cityWide whether every squadron's grid is covered
 * @param squadronCodes the squadrons covered when not city-wide; empty for nobody's grid
 */
public record Jurisdiction(boolean cityWide, Set<String> squadronCodes) {

	public Jurisdiction {
		squadronCodes = Set.copyOf(squadronCodes);
	}

	/** The whole city. */
	public static Jurisdiction wholeCity() {
		return new Jurisdiction(true, Set.of());
	}

	/** The grids of these squadrons only. */
	public static Jurisdiction squadrons(Set<String> squadronCodes) {
		return new Jurisdiction(false, squadronCodes);
	}

	/** Whether a place in the grid of this squadron is covered (a place in no squadron only city-wide). */
	public boolean covers(String squadronCode) {
		return cityWide || (squadronCode != null && squadronCodes.contains(squadronCode));
	}

}

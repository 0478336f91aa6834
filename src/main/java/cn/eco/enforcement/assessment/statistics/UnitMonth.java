package cn.eco.enforcement.assessment.statistics;

/**
 * The monthly table summed over a squadron, a branch bureau or the whole bureau. Enterprises and
 * cases are counted once per unit even when several of its inspectors worked on them.
 *
 * @param unit the squadron or branch code; {@code ALL} for the whole bureau
 * @param inspectors how many rows of the inspector table the unit sums
 */
public record UnitMonth(String unit, String unitName, int inspectors, long enterprisesInspected, long problemsFound,
		long inspectionRecords, long caseLeads, long casesHandled, long casesFiled, long strawBurningHandled,
		long patrolsHandled, long complaintsHandled) {

	static UnitMonth of(String unit, String unitName, int inspectors, Tally tally) {
		return new UnitMonth(unit, unitName, inspectors, tally.enterprises.size(), tally.problemsFound,
				tally.inspectionRecords, tally.caseLeads, tally.caseProcesses.size(), tally.casesFiled,
				tally.strawBurning.size(), tally.patrols.size(), tally.complaints.size());
	}

}

package cn.eco.enforcement.assessment.statistics;

/**
 * One row of the monthly table (执法人员监督检查工作统计表).
 *
 * @param inspector login id
 * @param squadron code of the squadron the inspector works in today
 * @param branch code of the branch bureau (分局) of that squadron
 * @param enterprisesInspected distinct enterprises whose on-site handling, off-site verification or
 * random inspection the inspector completed in the month
 * @param problemsFound loops reviewed in the month with a violation found by the inspector, plus
 * random inspections the inspector completed in the month with a problem found
 * @param inspectionRecords on-site handling and random-inspection records completed in the month
 * @param caseLeads case leads with the inspector as lead inspector opened in the month
 * @param casesHandled case-filing processes in which the inspector completed a task in the month
 * @param casesFiled cases of the inspector decided as filed in the month
 */
public record InspectorMonth(String inspector, String inspectorName, String squadron, String squadronName,
		String branch, String branchName, long enterprisesInspected, long problemsFound, long inspectionRecords,
		long caseLeads, long casesHandled, long casesFiled) {

	static InspectorMonth of(Staff staff, Tally tally) {
		return new InspectorMonth(staff.userId(), staff.name(), staff.squadron(), staff.squadronName(), staff.branch(),
				staff.branchName(), tally.enterprises.size(), tally.problemsFound, tally.inspectionRecords,
				tally.caseLeads, tally.caseProcesses.size(), tally.casesFiled);
	}

}

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
 * @param strawBurningHandled straw-burning alarms (fire points, 秸秆焚烧) whose place the inspector
 * handled (on site or off site) in the month, each alarm once
 * @param patrolsHandled video and river patrol alarms (视频巡查、河道巡查) handled likewise
 * @param complaintsHandled complaints (群众举报), with a place or about a firm, handled likewise
 */
public record InspectorMonth(String inspector, String inspectorName, String squadron, String squadronName,
		String branch, String branchName, long enterprisesInspected, long problemsFound, long inspectionRecords,
		long caseLeads, long casesHandled, long casesFiled, long strawBurningHandled, long patrolsHandled,
		long complaintsHandled) {

	static InspectorMonth of(Staff staff, Tally tally) {
		return new InspectorMonth(staff.userId(), staff.name(), staff.squadron(), staff.squadronName(), staff.branch(),
				staff.branchName(), tally.enterprises.size(), tally.problemsFound, tally.inspectionRecords,
				tally.caseLeads, tally.caseProcesses.size(), tally.casesFiled, tally.strawBurning.size(),
				tally.patrols.size(), tally.complaints.size());
	}

}

package cn.eco.enforcement.assessment.statistics;

import java.util.HashSet;
import java.util.Set;

/**
 * The counters of one inspector or unit for one month. Enterprises, cases and handled alarms are
 * kept as sets, so that a squadron's figure counts an enterprise two of its inspectors visited once.
 */
final class Tally {

	final Set<String> enterprises = new HashSet<>();

	final Set<String> caseProcesses = new HashSet<>();

	/** Straw-burning alarms (fire points) handled, by alarm id. */
	final Set<Long> strawBurning = new HashSet<>();

	/** Video and river patrol alarms handled, by alarm id. */
	final Set<Long> patrols = new HashSet<>();

	/** Complaints handled (with a place or about a firm), by alarm id. */
	final Set<Long> complaints = new HashSet<>();

	long problemsFound;

	long inspectionRecords;

	long caseLeads;

	long casesFiled;

	void add(Tally other) {
		enterprises.addAll(other.enterprises);
		caseProcesses.addAll(other.caseProcesses);
		strawBurning.addAll(other.strawBurning);
		patrols.addAll(other.patrols);
		complaints.addAll(other.complaints);
		problemsFound += other.problemsFound;
		inspectionRecords += other.inspectionRecords;
		caseLeads += other.caseLeads;
		casesFiled += other.casesFiled;
	}

	boolean isEmpty() {
		return enterprises.isEmpty() && caseProcesses.isEmpty() && strawBurning.isEmpty() && patrols.isEmpty()
				&& complaints.isEmpty() && problemsFound == 0 && inspectionRecords == 0
				&& caseLeads == 0 && casesFiled == 0;
	}

}

package cn.eco.enforcement.assessment.statistics;

import java.util.HashSet;
import java.util.Set;

/**
 * The six counters of one inspector or unit for one month. Enterprises and cases are kept as sets,
 * so that a squadron's figure counts an enterprise two of its inspectors visited once.
 */
final class Tally {

	final Set<String> enterprises = new HashSet<>();

	final Set<String> caseProcesses = new HashSet<>();

	long problemsFound;

	long inspectionRecords;

	long caseLeads;

	long casesFiled;

	void add(Tally other) {
		enterprises.addAll(other.enterprises);
		caseProcesses.addAll(other.caseProcesses);
		problemsFound += other.problemsFound;
		inspectionRecords += other.inspectionRecords;
		caseLeads += other.caseLeads;
		casesFiled += other.casesFiled;
	}

	boolean isEmpty() {
		return enterprises.isEmpty() && caseProcesses.isEmpty() && problemsFound == 0 && inspectionRecords == 0
				&& caseLeads == 0 && casesFiled == 0;
	}

}

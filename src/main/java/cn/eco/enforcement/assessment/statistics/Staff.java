package cn.eco.enforcement.assessment.statistics;

/** A member of staff with the squadron and branch bureau they work in today. */
record Staff(String userId, String name, String role, String squadron, String squadronName, String branch,
		String branchName) {

	boolean isInspector() {
		return "INSPECTOR".equals(role);
	}

	/** Squadron leaders also inspect; they get a row when they did something in the month. */
	boolean mayInspect() {
		return isInspector() || "SQUADRON_LEADER".equals(role);
	}

}

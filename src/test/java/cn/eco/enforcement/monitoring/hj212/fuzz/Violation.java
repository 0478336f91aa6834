package cn.eco.enforcement.monitoring.hj212.fuzz;

/**
 * A property that failed in one trial.
 *
 * @param property the property
 * @param seed the trial's seed, to regenerate it
 * @param detail what was seen
 * @param knownIssue the known defect that explains it ({@link KnownIssue}), or null
 */
record Violation(Property property, long seed, String detail, KnownIssue knownIssue) {

	Violation(Property property, long seed, String detail) {
		this(property, seed, detail, null);
	}

	@Override
	public String toString() {
		return property + " (seed " + seed + ")" + ((knownIssue != null) ? " [known: " + knownIssue + "]" : "") + ": "
				+ detail;
	}

}

package cn.eco.enforcement.tools.simulator;

/**
 * A deliberate deviation of one factor in one packet.
 *
 * @param value the -Avg to send instead of a sampled one, or null to keep the sample
 * @param stuck whether -Min and -Max equal -Avg (a frozen instrument)
 * @param flag the data flag to send instead of N, or null
 */
record Anomaly(Double value, boolean stuck, String flag) {

	static Anomaly value(double value) {
		return new Anomaly(value, false, null);
	}

	static Anomaly stuck(double value) {
		return new Anomaly(value, true, null);
	}

	static Anomaly flag(String flag) {
		return new Anomaly(null, false, flag);
	}

}

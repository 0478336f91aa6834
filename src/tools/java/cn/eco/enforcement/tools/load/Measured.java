package cn.eco.enforcement.tools.load;

/**
 * What one phase achieved.
 *
 * @param done operations that succeeded in the measured window
 * @param failed operations that failed or got no answer
 * @param seconds length of the measured window
 * @param latencies latency of each successful operation
 */
record Measured(long done, long failed, double seconds, Latencies latencies) {

	double perSecond() {
		return done / seconds;
	}

}

package cn.eco.enforcement.tools.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters shared by the connections of one throughput run. Answers count towards the measured
 * figures only once the warm-up is over; a reading counts only when its packet's 9014 arrived,
 * because the platform answers 9014 after the readings are committed.
 */
final class Measurement {

	private volatile long startNanos = Long.MAX_VALUE;

	private final LongAdder sent = new LongAdder();

	private final LongAdder answered = new LongAdder();

	private final LongAdder measuredPackets = new LongAdder();

	private final LongAdder measuredReadings = new LongAdder();

	private final LongAdder unmatched = new LongAdder();

	private final AtomicLong lastAnswerNanos = new AtomicLong();

	private final Map<Integer, LongAdder> refused = new ConcurrentHashMap<>();

	void startAt(long nanos) {
		startNanos = nanos;
	}

	long startNanos() {
		return startNanos;
	}

	void sent() {
		sent.increment();
	}

	/**
	 * Counts a 9014 answer.
	 * @return whether it falls in the measured window
	 */
	boolean answered(long nanos, int readings) {
		answered.increment();
		if (nanos < startNanos) {
			return false;
		}
		measuredPackets.increment();
		measuredReadings.add(readings);
		lastAnswerNanos.accumulateAndGet(nanos, Math::max);
		return true;
	}

	void refused(Integer qnRtn) {
		refused.computeIfAbsent(qnRtn == null ? 100 : qnRtn, code -> new LongAdder()).increment();
	}

	/** An answer whose QN matches no packet in flight (or a line that is no frame). */
	void unmatched() {
		unmatched.increment();
	}

	long sentCount() {
		return sent.sum();
	}

	long answeredCount() {
		return answered.sum();
	}

	long measuredPackets() {
		return measuredPackets.sum();
	}

	long measuredReadings() {
		return measuredReadings.sum();
	}

	long unmatchedCount() {
		return unmatched.sum();
	}

	long lastAnswerNanos() {
		return lastAnswerNanos.get();
	}

	Map<Integer, Long> refusedByQnRtn() {
		Map<Integer, Long> snapshot = new TreeMap<>();
		refused.forEach((code, count) -> snapshot.put(code, count.sum()));
		return snapshot;
	}

}

package cn.eco.enforcement.tools.simulator;

import java.util.Map;
import java.util.TreeMap;

/** Counts of packets sent and what the platform answered, per phase; thread-safe. */
final class SendStats {

	private long sent;

	private long answered;

	private long unanswered;

	private long skipped;

	private long garbage;

	private final Map<Integer, Long> refused = new TreeMap<>();

	synchronized void record(Outcome outcome) {
		sent++;
		switch (outcome.kind()) {
			case ANSWERED -> answered++;
			case REFUSED -> refused.merge(outcome.qnRtn(), 1L, Long::sum);
			case UNANSWERED -> unanswered++;
		}
	}

	/** A send the logger skipped on purpose (a simulated drop-out). */
	synchronized void skipped() {
		skipped++;
	}

	/** A line of noise that is not a packet and gets no answer. */
	synchronized void garbage() {
		garbage++;
	}

	synchronized void add(SendStats other) {
		synchronized (other) {
			sent += other.sent;
			answered += other.answered;
			unanswered += other.unanswered;
			skipped += other.skipped;
			garbage += other.garbage;
			other.refused.forEach((code, count) -> refused.merge(code, count, Long::sum));
		}
	}

	synchronized long sent() {
		return sent;
	}

	synchronized long answered() {
		return answered;
	}

	synchronized long unanswered() {
		return unanswered;
	}

	synchronized String summary() {
		long refusedTotal = refused.values().stream().mapToLong(Long::longValue).sum();
		StringBuilder text = new StringBuilder().append("packets sent ").append(sent)
			.append(", answered 9014 ").append(answered)
			.append(", refused 9011 ").append(refusedTotal);
		if (!refused.isEmpty()) {
			text.append(' ').append(byQnRtn());
		}
		text.append(", unanswered ").append(unanswered);
		if (skipped > 0) {
			text.append(", drop-outs (skipped sends) ").append(skipped);
		}
		if (garbage > 0) {
			text.append(", garbage lines ").append(garbage).append(" (no answer expected)");
		}
		return text.toString();
	}

	private String byQnRtn() {
		StringBuilder text = new StringBuilder("(");
		refused.forEach((code, count) -> text.append(text.length() > 1 ? ", " : "").append("QnRtn=").append(code)
			.append(": ").append(count));
		return text.append(')').toString();
	}

}

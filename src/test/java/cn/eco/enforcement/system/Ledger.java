package cn.eco.enforcement.system;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which items were sent and which of them the application acknowledged, and when. */
final class Ledger<T> {

	private final Map<T, Instant> sent = new ConcurrentHashMap<>();

	private final Map<T, Instant> acknowledged = new ConcurrentHashMap<>();

	void sent(T item) {
		sent.putIfAbsent(item, Instant.now());
	}

	void acknowledged(T item) {
		acknowledged.putIfAbsent(item, Instant.now());
	}

	Set<T> sent() {
		return Set.copyOf(sent.keySet());
	}

	Set<T> acknowledged() {
		return Set.copyOf(acknowledged.keySet());
	}

	/** Sent, and not (yet) acknowledged. */
	Set<T> unacknowledged() {
		Set<T> open = new HashSet<>(sent.keySet());
		open.removeAll(acknowledged.keySet());
		return open;
	}

	int acknowledgedCount() {
		return acknowledged.size();
	}

	long acknowledgedSince(Instant since) {
		return acknowledged.values().stream().filter(at -> at.isAfter(since)).count();
	}

	/** When the first item was acknowledged after the given time, if one was. */
	java.util.Optional<Instant> firstAcknowledgementAfter(Instant since) {
		return acknowledged.values().stream().filter(at -> at.isAfter(since)).min(Instant::compareTo);
	}

}

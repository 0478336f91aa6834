package cn.eco.enforcement.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The senders of a test, started, held, resumed and finished together. */
final class Traffic implements AutoCloseable {

	private final List<Sender<?>> senders = new ArrayList<>();

	Traffic add(Sender<?> sender) {
		senders.add(sender);
		return this;
	}

	void start() {
		senders.forEach(Sender::start);
	}

	/** Each sender holds after its next failed attempt, until {@link #resume()}. */
	void holdOnFailure() {
		senders.forEach(Sender::holdOnFailure);
	}

	boolean allHeld() {
		return senders.stream().allMatch(Sender::held);
	}

	void resume() {
		senders.forEach(Sender::resume);
	}

	/** Each sender completes its current item and stops; false if one did not within the timeout. */
	boolean finish(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		boolean all = true;
		for (Sender<?> sender : senders) {
			all &= sender.finish(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
		}
		return all;
	}

	@Override
	public void close() {
		senders.forEach(Sender::stop);
	}

}

package cn.eco.enforcement.system;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One source of traffic, behaving as monitoring platforms and data loggers do: it sends an item,
 * and sends the same item again (after a short pause) until it is acknowledged; only then does it
 * take the next one. On request it holds after a failed attempt (while the application is down) and
 * goes on when resumed; finishing, it completes its current item and stops.
 */
final class Sender<T> implements Runnable {

	/** Delivers an item: true when the application acknowledged it. */
	interface Channel<T> extends AutoCloseable {

		boolean deliver(T item) throws Exception;

		@Override
		void close();

	}

	private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

	private final Supplier<T> items;

	private final Channel<T> channel;

	private final Ledger<T> ledger;

	private final Thread thread;

	private volatile boolean holdOnFailure;

	private volatile boolean held;

	private volatile boolean finishing;

	Sender(String name, Supplier<T> items, Channel<T> channel, Ledger<T> ledger) {
		this.items = items;
		this.channel = channel;
		this.ledger = ledger;
		this.thread = new Thread(this, name);
		this.thread.setDaemon(true);
	}

	void start() {
		thread.start();
	}

	@Override
	public void run() {
		try {
			T current = null;
			while (!Thread.currentThread().isInterrupted()) {
				if (current == null) {
					if (finishing) {
						return;
					}
					current = items.get();
					ledger.sent(current);
				}
				if (attempt(current)) {
					ledger.acknowledged(current);
					current = null;
				}
				else {
					holdIfAsked();
					Thread.sleep(RETRY_PAUSE.toMillis());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			channel.close();
		}
	}

	private boolean attempt(T item) throws InterruptedException {
		try {
			return channel.deliver(item);
		}
		catch (InterruptedException ex) {
			throw ex;
		}
		catch (Exception notDelivered) {
			return false;
		}
	}

	private synchronized void holdIfAsked() throws InterruptedException {
		while (holdOnFailure) {
			held = true;
			wait(100);
		}
		held = false;
	}

	/** From now on, a failed attempt holds the sender until {@link #resume()}. */
	void holdOnFailure() {
		holdOnFailure = true;
	}

	boolean held() {
		return held;
	}

	synchronized void resume() {
		holdOnFailure = false;
		notifyAll();
	}

	/** Completes the current item and stops; false when that took longer than the timeout. */
	boolean finish(Duration timeout) throws InterruptedException {
		finishing = true;
		thread.join(timeout.toMillis());
		return !thread.isAlive();
	}

	void stop() {
		thread.interrupt();
	}

}

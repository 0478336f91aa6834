package cn.eco.enforcement.system;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition instead of sleeping a fixed time. */
final class Await {

	private Await() {
	}

	/** Waits until the condition holds; fails with the description (and the current state) if it never does. */
	static void until(Duration timeout, BooleanSupplier condition, Supplier<String> what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout + " waiting until " + what.get());
			}
			PackagedApplication.sleep(Duration.ofMillis(100));
		}
	}

}

package cn.eco.enforcement.monitoring.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs an action if the current transaction does not commit (to drop what a cache learned in it). */
final class AfterRollback {

	private AfterRollback() {
	}

	static void run(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						action.run();
					}
				}
			});
		}
	}

}

package cn.eco.enforcement.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers registry and grid reads for the rest of the current transaction, so that one alarm's
 * intake reads its enterprise, staff and township once instead of once per step (intake check,
 * subject name, rules, task caption, dispatch, mail). Nothing outlives the transaction, so no other
 * transaction or node can see a stale value; a write through the same registry calls
 * {@link #forget()}, so the transaction that wrote reads its own write. Outside a transaction every
 * read goes to the database.
 */
public final class TransactionMemo {

	private static final Object RESOURCE = TransactionMemo.class.getName() + ".memo";

	private TransactionMemo() {
	}

	/** The value read for {@code key} earlier in this transaction, or {@code read}'s answer (remembered). */
	@SuppressWarnings("unchecked")
	public static <T> T remembered(String key, Supplier<T> read) {
		Map<String, Object> memo = memo();
		if (memo == null) {
			return read.get();
		}
		if (memo.containsKey(key)) {
			return (T) memo.get(key);
		}
		T value = read.get();
		memo.put(key, value);
		return value;
	}

	/** Forgets everything remembered in this transaction (after a write to what it remembers). */
	public static void forget() {
		Object memo = TransactionSynchronizationManager.getResource(RESOURCE);
		if (memo instanceof Map<?, ?> map) {
			map.clear();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> memo() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Object bound = TransactionSynchronizationManager.getResource(RESOURCE);
		if (bound != null) {
			return (Map<String, Object>) bound;
		}
		Map<String, Object> memo = new HashMap<>();
		TransactionSynchronizationManager.bindResource(RESOURCE, memo);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
			}
		});
		return memo;
	}

}

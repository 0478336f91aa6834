package cn.eco.enforcement.shared;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Failures in which the database refused a value as data — SQL state class 22: text longer than its
 * column, a number or date out of range, a NUL character. The same value fails the same way at
 * every attempt, so such a failure is the caller's bad input, not an outage ({@link DatabaseUnavailable}).
 */
public final class DataRefused {

	private DataRefused() {
	}

	/** The class-22 SQL state among the failure and its causes, such as "22001", if any. */
	public static Optional<String> sqlStateOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return Optional.of(sql.getSQLState());
			}
		}
		return Optional.empty();
	}

}

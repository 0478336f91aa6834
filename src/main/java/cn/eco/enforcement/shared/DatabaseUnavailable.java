package cn.eco.enforcement.shared;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;


import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database outage (no connection to be had, a connection lost, the server shutting down or
 * starting up) from other failures, and gives the answer to it: HTTP 503 problem details with
 * {@code Retry-After}. The request was not completed; the caller sends it again later (an alarm
 * with the same external id is stored once however often it is sent).
 */
public final class DatabaseUnavailable {

	/** How long callers are asked to wait before sending again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	public static final URI TYPE = URI.create("urn:enforcement:problem:database-unavailable");

	/** PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now and too_many_connections. */
	private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or anything that caused it, says the database cannot be reached. A failed
	 * rollback is judged by the failure that made the transaction roll back.
	 */
	public static boolean isCauseOf(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> open = new ArrayDeque<>(List.of(failure));
		while (!open.isEmpty()) {
			Throwable t = open.pop();
			if (!seen.add(t)) {
				continue;
			}
			if (saysUnreachable(t)) {
				return true;
			}
			if (t.getCause() != null) {
				open.push(t.getCause());
			}
			if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
				open.push(rollback.getApplicationException());
			}
		}
		return false;
	}

	private static boolean saysUnreachable(Throwable t) {
		if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
				|| t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
				|| t instanceof SQLNonTransientConnectionException) {
			return true;
		}
		if (!(t instanceof SQLException sql)) {
			return false;
		}
		if (sql.getSQLState() == null) {
			// HikariCP's stand-in for a connection it evicted as broken (no SQL state): a commit that
			// failed on the lost connection is then followed by a rollback failing with this.
			return HIKARI_CLOSED.equals(sql.getMessage());
		}
		return sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState());
	}

	/** The 503 answer; the caller adds {@code Retry-After: }{@link #retryAfterSeconds()}. */
	public static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"数据库暂时无法访问，本次请求未能完成，请稍后重试");
		problem.setType(TYPE);
		problem.setTitle("服务暂不可用");
		return problem;
	}

	/** {@link #problem()} as {@code application/problem+json}, for answers written outside Spring MVC. */
	public static String problemJson(String instance) {
		ProblemDetail problem = problem();
		if (instance != null) {
			problem.setInstance(URI.create(instance));
		}
		return ProblemJson.of(problem);
	}

	public static String retryAfterSeconds() {
		return Long.toString(RETRY_AFTER.toSeconds());
	}

}

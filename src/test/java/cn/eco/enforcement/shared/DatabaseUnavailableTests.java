package cn.eco.enforcement.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A database outage is told from other failures and answered 503 with problem details and Retry-After. */
class DatabaseUnavailableTests {

	// JSON only, as the application's own converters are (ApiJson); the test class path also has
	// Jackson's XML module (from the S3 test server), which a default standalone set-up would use.
	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setMessageConverters(new org.springframework.http.converter.json.MappingJackson2HttpMessageConverter())
		.setControllerAdvice(new ApiErrorHandling())
		.addFilters(new DatabaseUnavailableFilter())
		.build();

	@Test
	void lostOrRefusedConnectionsAndServerShutdownsAreOutagesWhereverTheyAreWrapped() {
		SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
		assertThat(DatabaseUnavailable.isCauseOf(new CannotGetJdbcConnectionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.isCauseOf(new CannotCreateTransactionException("Could not open JDBC Connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseUnavailable.isCauseOf(new ServletException(new RuntimeException("ENGINE-03004", ioError)))).isTrue();
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(new RuntimeException("ENGINE-16004", ioError));
		assertThat(DatabaseUnavailable.isCauseOf(rollbackFailed)).isTrue();
		assertThat(DatabaseUnavailable.isCauseOf(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed")))).isTrue();
		assertThat(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command",
				"57P01"))).isTrue();
		assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
	}

	@Test
	void constraintViolationsAndProgrammingErrorsAreNoOutages() {
		assertThat(DatabaseUnavailable.isCauseOf(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseUnavailable.isCauseOf(new TransactionSystemException("Could not commit"))).isFalse();
		assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
		RuntimeException first = new RuntimeException("a");
		RuntimeException second = new RuntimeException("b", first);
		first.initCause(second);
		assertThat(DatabaseUnavailable.isCauseOf(second)).isFalse();
	}

	@Test
	void anOutageInAControllerIsAnswered503WithProblemDetailsAndRetryAfter() throws Exception {
		mvc.perform(get("/no-transaction"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.type").value("urn:enforcement:problem:database-unavailable"))
			.andExpect(jsonPath("$.title").value("服务暂不可用"));
	}

	@Test
	void anOutageEscapingSpringMvcIsAnswered503ByTheFilter() throws Exception {
		mvc.perform(get("/engine-failure"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.instance").value("/engine-failure"));
	}

	@Test
	void otherFailuresPassThroughUnchanged() {
		assertThatThrownBy(() -> mvc.perform(get("/commit-failure"))).hasRootCauseInstanceOf(TransactionSystemException.class);
		assertThatThrownBy(() -> mvc.perform(get("/bug"))).hasRootCauseInstanceOf(IllegalStateException.class);
	}

	@RestController
	static class FailingController {

		@GetMapping("/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));
		}

		@GetMapping("/engine-failure")
		String engineFailure() {
			throw new IllegalStateException("ENGINE-03004 Exception while executing Database Operation",
					new SQLException("An I/O error occurred while sending to the backend.", "08006"));
		}

		@GetMapping("/commit-failure")
		String commitFailure() {
			throw new TransactionSystemException("Could not commit JDBC transaction");
		}

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("bug");
		}

	}

}

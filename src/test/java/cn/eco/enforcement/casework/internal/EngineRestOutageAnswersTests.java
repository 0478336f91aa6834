package cn.eco.enforcement.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.Response;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** /engine-rest answers a database outage 503 with Retry-After, and anything else as Camunda does. */
class EngineRestOutageAnswersTests {

	@Test
	void noConnectionForTheEngineIsAnswered503WithRetryAfter() {
		Response response = new EngineRestOutageAnswers.TransactionFailures()
			.toResponse(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new SQLTransientConnectionException("Connection is not available")));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeaderString("Retry-After")).isEqualTo("10");
		assertThat(response.getMediaType()).hasToString("application/problem+json");
		assertThat(response.getEntity().toString()).contains("\"status\":503");
	}

	@Test
	void aConnectionLostInTheEnginesPersistenceLayerIsAnswered503() {
		Response response = new EngineRestOutageAnswers.PersistenceFailures()
			.toResponse(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", new PersistenceException(
					new SQLException("An I/O error occurred while sending to the backend.", "08006"))));

		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void otherFailuresKeepCamundasAnswer() {
		assertThat(new EngineRestOutageAnswers.TransactionFailures()
			.toResponse(new TransactionSystemException("Could not commit JDBC transaction"))
			.getStatus()).isEqualTo(500);
		assertThat(new EngineRestOutageAnswers.DataAccessFailures()
			.toResponse(new DataIntegrityViolationException("duplicate key"))
			.getStatus()).isEqualTo(500);
	}

}

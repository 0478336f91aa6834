package cn.eco.enforcement.casework.internal;

import cn.eco.enforcement.shared.DatabaseUnavailable;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The engine REST API ({@code /engine-rest}) answers a database outage like our API does, with 503
 * problem details and {@code Retry-After}, where Camunda's own exception mappers answer 500. Each
 * mapper here is registered for a narrower type than Camunda's, so JAX-RS picks it; any failure
 * that is not an outage gets exactly Camunda's answer.
 */
@Component
class EngineRestOutageAnswers implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(new PersistenceFailures());
		config.register(new TransactionFailures());
		config.register(new DataAccessFailures());
	}

	private static Response unavailable() {
		return Response.status(Response.Status.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.retryAfterSeconds())
			.type("application/problem+json")
			.entity(DatabaseUnavailable.problemJson(null))
			.build();
	}

	/** The engine's own wrapper of what went wrong in its persistence layer. */
	static class PersistenceFailures implements ExceptionMapper<ProcessEnginePersistenceException> {

		@Override
		public Response toResponse(ProcessEnginePersistenceException ex) {
			return DatabaseUnavailable.isCauseOf(ex) ? unavailable() : new ProcessEngineExceptionHandler().toResponse(ex);
		}

	}

	/** No transaction to be had: Spring's transaction interceptor of the engine found no connection. */
	static class TransactionFailures implements ExceptionMapper<TransactionException> {

		@Override
		public Response toResponse(TransactionException ex) {
			return DatabaseUnavailable.isCauseOf(ex) ? unavailable() : new ExceptionHandler().toResponse(ex);
		}

	}

	static class DataAccessFailures implements ExceptionMapper<DataAccessException> {

		@Override
		public Response toResponse(DataAccessException ex) {
			return DatabaseUnavailable.isCauseOf(ex) ? unavailable() : new ExceptionHandler().toResponse(ex);
		}

	}

}

package cn.eco.enforcement.casework.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A task form that the process refuses (a recusal rule, a missing field, an investigator twice)
 * reaches Tasklist as 400 with the refusal's own Chinese sentence. Camunda's task resources wrap
 * every engine exception of {@code submit-form} and {@code complete} in a 500 "Cannot submit task
 * form …", and a task listener's refusal additionally in "ENGINE-03051 … Message: '…'"; an
 * inspector would read English around the reason and the client would take a refusal for a
 * server fault. Other failures keep Camunda's answer. The mapper has a higher priority than
 * Camunda's {@link RestExceptionHandler} for the same type, so JAX-RS picks it.
 */
@Component
class RefusedTaskSubmissions implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(Mapper.class);
		config.register(MissingValueMapper.class);
	}

	/**
	 * A request that leaves out a value the engine needs (a worker id, a tenant id) is the caller's
	 * mistake: 400 with the engine's message, where Camunda's REST API answers 500.
	 */
	@Priority(Priorities.USER - 100)
	static class MissingValueMapper implements ExceptionMapper<org.camunda.bpm.engine.exception.NullValueException> {

		@Override
		public Response toResponse(org.camunda.bpm.engine.exception.NullValueException ex) {
			return Response.status(Response.Status.BAD_REQUEST)
				.type(MediaType.APPLICATION_JSON_TYPE)
				.entity(ExceptionDto.fromException(ex))
				.build();
		}

	}

	/** The innermost refusal in the cause chain, if the engine refused the request. */
	static BadUserRequestException refusalIn(Throwable failure) {
		BadUserRequestException refusal = null;
		for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof BadUserRequestException badRequest) {
				refusal = badRequest;
			}
		}
		return refusal;
	}

	@Priority(Priorities.USER - 100)
	static class Mapper implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException ex) {
			// 400 too: a refused form submission reaches submit-form as a form-field validation failure
			// (RefusedFormSubmissions), answered here with the refusal itself, as a refused complete is
			BadUserRequestException refusal = ex.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
					|| ex.getStatus() == Response.Status.BAD_REQUEST ? refusalIn(ex) : null;
			if (refusal == null) {
				return new RestExceptionHandler().toResponse(ex);
			}
			ExceptionDto body = ExceptionDto.fromException(refusal);
			return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
		}

	}

}

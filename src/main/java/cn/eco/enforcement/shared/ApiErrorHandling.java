package cn.eco.enforcement.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders bad input as HTTP 400 {@code application/problem+json} with an {@code errors} list that
 * names each bad field, so callers can fix their request without guessing; and a database outage
 * as HTTP 503 with {@code Retry-After} ({@link DatabaseUnavailable}), so callers send again later.
 */
@RestControllerAdvice(basePackages = "cn.eco.enforcement")
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

	private static final URI INVALID_INPUT = URI.create("urn:enforcement:problem:invalid-input");

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return badRequest(ex.problems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(new FieldProblem(ex.getName(), "参数格式不正确：" + ex.getValue())));
	}

	/**
	 * A database outage met in a controller. Outages met before one (authentication) or outside
	 * Spring MVC are answered by {@link DatabaseUnavailableFilter}.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) throws Exception {
		if (!DatabaseUnavailable.isCauseOf(ex)) {
			throw ex;
		}
		log.warn("Database unavailable, answering 503: {}", ex.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.retryAfterSeconds())
			.body(DatabaseUnavailable.problem());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		return ResponseEntity.badRequest().body(badRequest(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem error = new FieldProblem(null, "请求体不是合法的 JSON");
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
			String detail = mapping instanceof InvalidFormatException format
					? "取值不合法：" + format.getValue() : "取值不合法";
			error = new FieldProblem(field, detail);
		}
		log.debug("Unreadable request body", ex);
		return ResponseEntity.badRequest().body(badRequest(List.of(error)));
	}

	private static ProblemDetail badRequest(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求数据不合法，请按 errors 逐项更正");
		problem.setType(INVALID_INPUT);
		problem.setTitle("请求数据不合法");
		problem.setProperties(Map.of("errors", errors));
		return problem;
	}

}

package cn.eco.enforcement.shared;

import java.net.URI;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders bad input as HTTP 400 {@code application/problem+json} with an {@code errors} list that
 * names each bad field, so callers can fix their request without guessing; and a database outage
 * as HTTP 503 with {@code Retry-After} ({@link DatabaseUnavailable}), so callers send again later.
 * Spring MVC's own refusals (missing parameter, wrong content type or method, no such address) are
 * problem details in Chinese too. It advises every controller, so that refusals made before any
 * controller is chosen (a 404, a 405) get the same answer.
 */
@RestControllerAdvice
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

	/**
	 * A value the database cannot hold (SQL state class 22: text too long, number or date out of
	 * range, a NUL character) that no check caught earlier. Nothing was stored: the transaction
	 * rolled back. Any other failure passes on unchanged.
	 */
	@ExceptionHandler({ DataAccessException.class, ProcessEngineException.class })
	ProblemDetail unstorable(RuntimeException ex) {
		String state = DataRefused.sqlStateOf(ex).orElseThrow(() -> ex);
		log.info("Refused a value the database cannot hold (SQL state {}): {}", state,
				NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		return badRequest(List.of(new FieldProblem(null, switch (state) {
			case "22001" -> "文本过长，超出允许的长度";
			case "22003" -> "数值超出允许的范围";
			case "22007", "22008" -> "日期时间超出允许的范围";
			case "22021", "22P05" -> "含有不允许的字符（如 NUL）";
			default -> "取值无法保存";
		})));
	}

	/** A date or duration in a request that no calendar holds (a year beyond ±999,999,999, say). */
	@ExceptionHandler(DateTimeException.class)
	ProblemDetail dateOutOfRange(DateTimeException ex) {
		return badRequest(List.of(new FieldProblem(null, "日期时间超出允许的范围")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem(ex.getParameterName(), "缺少必填参数"))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, headers, status, request, "不支持的内容类型",
				"不支持的内容类型：" + ex.getContentType() + "；请使用 " + ex.getSupportedMediaTypes());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, headers, status, request, "无法提供所要求的格式", "可提供的格式：" + ex.getSupportedMediaTypes());
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, headers, status, request, "不支持的请求方法",
				"不支持 " + ex.getMethod() + " 请求" + (ex.getSupportedMethods() == null ? ""
						: "；可用：" + String.join("、", ex.getSupportedMethods())));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ex, headers, status, request, "未找到", "没有这个地址：/" + ex.getResourcePath());
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, headers, status, request, "请求过大", "上传的内容超出允许的大小");
	}

	/** Spring's answer to {@code ex}, with the title and detail in Chinese. */
	private ResponseEntity<Object> problem(Exception ex, HttpHeaders headers, HttpStatusCode status, WebRequest request,
			String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return handleExceptionInternal(ex, problem, headers, status, request);
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
		if (RequestBodyLimit.causedByLimit(ex)) {
			return problem(ex, headers, HttpStatus.PAYLOAD_TOO_LARGE, request, "请求过大", "请求内容超出允许的大小，请拆分后分批提交");
		}
		FieldProblem error = new FieldProblem(null, "请求体不是合法的 JSON");
		if (ex.getCause() instanceof ApiJson.RefusedText refused) {
			error = new FieldProblem(fieldOf(refused), ForbiddenCharacters.MESSAGE);
		}
		else if (repeatedKey(ex) != null) {
			error = new FieldProblem(repeatedKey(ex), "字段重复出现，每个字段只能给出一次");
		}
		else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
			String detail = mapping instanceof InvalidFormatException format
					? "取值不合法：" + format.getValue() : "取值不合法";
			error = new FieldProblem(field, detail);
		}
		log.debug("Unreadable request body", ex);
		return ResponseEntity.badRequest().body(badRequest(List.of(error)));
	}

	/**
	 * The key given twice (STRICT_DUPLICATE_DETECTION: the parser stands on the repeated key),
	 * wherever in the causes Jackson put the failure; null for any other failure.
	 */
	private static String repeatedKey(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof StreamReadException read && read.getProcessor() != null
					&& String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
				return fieldOf(read.getProcessor().getParsingContext().pathAsPointer());
			}
		}
		return null;
	}

	/** The field as callers name it elsewhere: {@code findings[2]}, {@code rows[1].name}. */
	private static String fieldOf(JsonMappingException ex) {
		StringBuilder field = new StringBuilder();
		for (JsonMappingException.Reference step : ex.getPath()) {
			if (step.getFieldName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String fieldOf(JsonPointer pointer) {
		StringBuilder field = new StringBuilder();
		for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
			if (step.getMatchingIndex() >= 0) {
				field.append('[').append(step.getMatchingIndex()).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(step.getMatchingProperty());
			}
		}
		return field.toString();
	}

	private static ProblemDetail badRequest(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求数据不合法，请按 errors 逐项更正");
		problem.setType(INVALID_INPUT);
		problem.setTitle("请求数据不合法");
		problem.setProperties(Map.of("errors", errors));
		return problem;
	}

}

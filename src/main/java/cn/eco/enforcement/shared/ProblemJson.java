package cn.eco.enforcement.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Problem details written where Spring MVC does not write them (servlet filters, Jersey), in the
 * same shape as Spring MVC's: RFC 9457 fields, extra properties at the top level.
 */
public final class ProblemJson {

	private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class,
			ProblemDetailJacksonMixin.class);

	private ProblemJson() {
	}

	public static String of(ProblemDetail problem) {
		try {
			return JSON.writeValueAsString(problem);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A problem detail is always writable", ex);
		}
	}

	/** Answers with the problem: its status, {@code application/problem+json}, UTF-8. */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(of(problem).getBytes(StandardCharsets.UTF_8));
	}

}

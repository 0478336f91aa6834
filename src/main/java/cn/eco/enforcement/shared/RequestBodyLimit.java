package cn.eco.enforcement.shared;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies to {@code /api/**}, the engine REST API ({@code /engine-rest/**}) and the webapps'
 * API ({@code /camunda/api/**}) larger than {@code app.http.max-request-body} are refused with 413
 * and problem details before they are read: the CSV imports read a whole body into memory, and a
 * body of a hundred megabytes ran the heap out; the engine REST API took 60 MB. A body that
 * announces no length is counted as it is read and cut off at the same size, also when the reader
 * (Camunda's Jersey resources) turns the cut into an answer of its own. Evidence uploads
 * ({@code POST /api/alarms/{id}/evidence}, O&amp;M inspection photos {@code POST /api/om-inspection/inspections/{id}/items/{item}/photos},
 * and an alarm posted as multipart with its attachments)
 * are streamed to disk, not read into memory, and may carry videos: they stop at
 * {@code app.http.max-upload-body} instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class RequestBodyLimit extends OncePerRequestFilter {

	private static final URI TOO_LARGE = URI.create("urn:enforcement:problem:request-too-large");

	private static final java.util.regex.Pattern UPLOADS = java.util.regex.Pattern
		.compile("/api/alarms/\\d+/evidence|/api/om-inspection/inspections/\\d+/items/[^/]+/photos");

	private final long maxRequestBytes;

	private final long maxUploadBytes;

	RequestBodyLimit(@Value("${app.http.max-request-body:20MB}") DataSize maxRequestBody,
			@Value("${app.http.max-upload-body:500MB}") DataSize maxUploadBody) {
		this.maxRequestBytes = maxRequestBody.toBytes();
		this.maxUploadBytes = maxUploadBody.toBytes();
	}

	private long limitFor(HttpServletRequest request) {
		boolean upload = UPLOADS.matcher(pathOf(request)).matches() || ("/api/alarms".equals(pathOf(request))
				&& request.getContentType() != null && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
		return "POST".equals(request.getMethod()) && upload ? maxUploadBytes : maxRequestBytes;
	}

	/** Where bodies are read: our API, the engine REST API and the webapps' own API. */
	private static final List<String> LIMITED = List.of("/api/", "/engine-rest/", "/camunda/api/");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return LIMITED.stream().noneMatch(pathOf(request)::startsWith);
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBytes = limitFor(request);
		if (request.getContentLengthLong() > maxBytes) {
			refuse(request, response, maxBytes);
			return;
		}
		if (request.getContentLengthLong() < 0 && pathOf(request).startsWith("/engine-rest/")) {
			// Camunda's resources answer a cut-off body themselves, committing a 500 we could not
			// take back: read such a body (at most the limit) before they see it.
			byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
			if (body.length > maxBytes) {
				refuse(request, response, maxBytes);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body, StandardCharsets.ISO_8859_1), response);
			return;
		}
		Counted counted = request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : null;
		try {
			chain.doFilter(counted == null ? request : counted, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causedByLimit(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response, maxBytes);
			return;
		}
		if (counted != null && counted.cutOff && !response.isCommitted()) {
			response.reset();
			refuse(request, response, maxBytes);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"请求内容超过 " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB，请拆分后分批提交");
		problem.setType(TOO_LARGE);
		problem.setTitle("请求过大");
		problem.setInstance(URI.create(request.getRequestURI()));
		// The rest of the body is not read: close the connection rather than drain it.
		response.setHeader("Connection", "close");
		ProblemJson.write(response, problem);
	}

	static boolean causedByLimit(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	/** Thrown by {@link Counted} when a body without a length grows past the limit. */
	static final class TooLarge extends IOException {

		TooLarge(long maxBytes) {
			super("request body larger than " + maxBytes + " bytes");
		}

	}

	/** A request whose body stream stops at the limit. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream counted;

		/** Whether the body grew past the limit, whatever the reader made of it. */
		private boolean cutOff;

		Counted(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				ServletInputStream in = super.getInputStream();
				counted = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(long n) throws TooLarge {
						read += n;
						if (read > maxBytes) {
							cutOff = true;
							throw new TooLarge(maxBytes);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return counted;
		}

	}

}

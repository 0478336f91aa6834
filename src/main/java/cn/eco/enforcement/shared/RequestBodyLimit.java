package cn.eco.enforcement.shared;

import java.io.IOException;
import java.net.URI;

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
 * Request bodies to {@code /api/**} larger than {@code app.http.max-request-body} are refused with
 * 413 and problem details before they are read: the CSV imports read a whole body into memory, and
 * a body of a hundred megabytes ran the heap out. A body that announces no length is counted as it
 * is read and cut off at the same size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class RequestBodyLimit extends OncePerRequestFilter {

	private static final URI TOO_LARGE = URI.create("urn:enforcement:problem:request-too-large");

	private final long maxBytes;

	RequestBodyLimit(@Value("${app.http.max-request-body:20MB}") DataSize maxRequestBody) {
		this.maxBytes = maxRequestBody.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causedByLimit(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
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

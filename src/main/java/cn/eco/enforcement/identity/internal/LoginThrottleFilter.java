package cn.eco.enforcement.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import cn.eco.enforcement.shared.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every login attempt through the {@link LoginThrottle}: HTTP Basic credentials on any path
 * ({@code /api}, {@code /engine-rest}, {@code /map}) and the Camunda webapps' login form. A locked
 * user name (from that address) or address gets 429 with problem details and {@code Retry-After},
 * whether or not the password is right; a 401 counts as a failure, anything else as a success.
 * Credentials this node has not yet seen succeed from this address reserve their attempt first
 * (one row-locked write), so 60 concurrent guesses get five password checks, not ten; credentials
 * known good cost one primary-key read, as before. Concurrent requests with the same credentials are
 * one guess: the first is let through and the others wait for its answer, 10 s at most
 * ({@link KnownCredentials}). Runs before Spring Security and Camunda's filters, so it sees their
 * answer.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+");

	private static final URI TOO_MANY_ATTEMPTS = URI.create("urn:enforcement:problem:too-many-login-attempts");

	private final LoginThrottle throttle;

	private final KnownCredentials knownGood = new KnownCredentials();

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		boolean form = !basic && "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches();
		if (!basic && !form) {
			chain.doFilter(request, response);
			return;
		}
		HttpServletRequest attempt = form ? LoginForm.read(request) : request;
		String user = basic ? basicUser(authorization.substring(6)) : ((LoginForm) attempt).username();
		String client = request.getRemoteAddr();
		String credentials = basic ? authorization.substring(6).strip() : ((LoginForm) attempt).credentials();
		// A database outage here is answered 503 by DatabaseUnavailableFilter: no login could succeed.
		LoginThrottle.Check check = throttle.check(user, client);
		if (check.secondsToWait() > 0) {
			refuse(request, response, check.secondsToWait());
			return;
		}
		KnownCredentials.Pending pending;
		try {
			pending = knownGood.begin(credentials, client);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		boolean good = false;
		try {
			boolean reserved = user != null && !pending.known();
			if (reserved) {
				long wait = throttle.reserve(user, client);
				if (wait > 0) {
					refuse(request, response, wait);
					return;
				}
			}
			chain.doFilter(attempt, response);
			int status = response.getStatus();
			// Any answer but 401 means the password was right (403 and 404 come after it); a server
			// error says nothing, and a reserved attempt then stays counted.
			good = status != HttpStatus.UNAUTHORIZED.value() && status < 500;
			count(user, client, pending, status, reserved, check);
		}
		finally {
			knownGood.finished(pending, good);
		}
	}

	private void count(String user, String client, KnownCredentials.Pending pending, int status, boolean reserved,
			LoginThrottle.Check check) {
		try {
			if (status == HttpStatus.UNAUTHORIZED.value()) {
				knownGood.forget(pending);
				throttle.failed(user, client, reserved);
			}
			else if (status < 500 && (reserved || check.userOnRecord())) {
				throttle.succeeded(user, client);
			}
		}
		catch (RuntimeException ex) {
			// The answer is already decided; counting it failed (the database went away after the
			// password check, say). The caller still gets that answer.
			log.warn("Could not count the login attempt of {} from {}: {}", user, client, ex.toString());
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long wait) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"登录失败次数过多，请 " + wait + " 秒后再试");
		problem.setType(TOO_MANY_ATTEMPTS);
		problem.setTitle("登录尝试过于频繁");
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("retryAfterSeconds", wait);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		ProblemJson.write(response, problem);
	}

	/** The user name of Basic credentials, or null when they cannot be read (then only the address counts). */
	private static String basicUser(String encoded) {
		try {
			String credentials = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return colon > 0 ? credentials.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Decodes one field of an {@code application/x-www-form-urlencoded} body; null when absent. */
	static String formField(byte[] body, Charset charset, String name) {
		for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				try {
					return URLDecoder.decode(pair.substring(equals + 1), charset);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

}

package cn.eco.enforcement.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits requests to the public pages per client address (a fixed one-minute window), so the
 * unauthenticated page cannot be used to enumerate tokens or load the database.
 */
@Component
class PublicRateLimit extends OncePerRequestFilter {

	private static final long WINDOW_MILLIS = 60_000;

	private final int perMinute;

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	PublicRateLimit(@Value("${app.public.requests-per-minute:60}") int perMinute) {
		this.perMinute = perMinute;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/public/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (allow(request.getRemoteAddr(), System.currentTimeMillis())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", "60");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(PublicPage.tooManyRequests().getBytes(StandardCharsets.UTF_8));
	}

	boolean allow(String client, long now) {
		if (windows.size() > 100_000) {
			windows.clear();
		}
		long[] window = windows.compute(client, (k, w) -> w == null || now - w[0] >= WINDOW_MILLIS ? new long[] { now, 0 } : w);
		synchronized (window) {
			return ++window[1] <= perMinute;
		}
	}

}

package cn.eco.enforcement.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer outside the Camunda webapps carries a Content-Security-Policy that runs scripts only
 * from our own files: a value from data that slips into a page unescaped cannot run as script. Our
 * pages keep their styles inline (server-rendered pages, Leaflet), so inline styles stay allowed;
 * images are our own or {@code data:} (the QR label sheet). The webapps under {@code /camunda/} get
 * their own policy, with a nonce, from Camunda's header security ({@code application.yml}); a second
 * policy there would be enforced as well and block their nonce-loaded scripts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ContentSecurityPolicy extends OncePerRequestFilter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", POLICY);
		chain.doFilter(request, response);
	}

}

package cn.eco.enforcement.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.eco.enforcement.identity.Roles;

/**
 * Lets a user signed in to Tasklist use, with the webapp's session instead of HTTP Basic, what its
 * forms need of {@code /api}: GET of case documents ({@code /api/cases/{id}/documents/{documentId}}),
 * of the case dossier ({@code /api/cases/{id}/dossier} and {@code /dossier.zip}, linked from the
 * closing approval and the history plugin), of evidence ({@code /api/alarms|cases/{id}/evidence[/{itemId}]}),
 * of a loop's rule plan for the history plugin ({@code /api/alarms/{id}/loop-plan}),
 * of who is signed in and the staff's names ({@code /api/me}, {@code /api/names}), of the 改派
 * choice ({@code /api/tasks/{id}/reassignment}), and POST of evidence to {@code /api/alarms/{id}/evidence}
 * and of a 改派 to {@code /api/tasks/{id}/reassignment}; of an O&M inspection's photos (GET
 * {@code /api/om-inspection/inspections/{id}/photos[/{photoId}]}, POST {@code …/items/{item}/photos}). The POST counts only with the webapp's CSRF token
 * in {@code X-XSRF-TOKEN}, as Tasklist's own writes do, so another site cannot post in the user's
 * name. Only when no other authentication is present; the controllers still decide who may do what.
 */
class WebappSessionDocuments extends OncePerRequestFilter {

	private static final String ENGINE = "default";

	private static final Pattern READS = Pattern
		.compile("/api/cases/\\d+/(documents/\\d+|dossier|dossier\\.zip)|/api/(alarms|cases)/\\d+/evidence(/\\d+)?|/api/(me|names)|/api/tasks/[^/]+/reassignment"
				+ "|/api/alarms/\\d+/loop-plan"
				+ "|/api/om-inspection/inspections/\\d+/photos(/\\d+)?");

	private static final Pattern WRITES = Pattern
		.compile("/api/alarms/\\d+/evidence|/api/tasks/[^/]+/reassignment|/api/om-inspection/inspections/\\d+/items/\\w+/photos");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return switch (request.getMethod()) {
			case "GET" -> !READS.matcher(path).matches();
			case "POST" -> !WRITES.matcher(path).matches();
			default -> true;
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && SecurityContextHolder.getContext().getAuthentication() == null
				&& ("GET".equals(request.getMethod()) || csrfTokenMatches(request, session))) {
			Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
			if (authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
				List<SimpleGrantedAuthority> authorities = user.getGroupIds() == null ? List.of()
						: user.getGroupIds().stream().map(g -> new SimpleGrantedAuthority(Roles.authority(g))).toList();
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, authorities));
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
		Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected instanceof String token && !token.isBlank() && given != null
				&& MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}

package cn.eco.enforcement.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.eco.enforcement.identity.Roles;

/**
 * Lets a user signed in to Tasklist open the case documents and the dossier its forms link to
 * ({@code GET /api/cases/{id}/documents/{documentId}}, {@code /api/cases/{id}/dossier} and
 * {@code /api/cases/{id}/dossier.zip}) with the webapp's session instead of HTTP
 * Basic. Only those downloads, only GET, and only when no other authentication is present: the
 * controller still decides who may see which case.
 */
class WebappSessionDocuments extends OncePerRequestFilter {

	private static final String ENGINE = "default";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !request.getRequestURI().matches("/api/cases/\\d+/(documents/\\d+|dossier|dossier\\.zip)");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
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

}

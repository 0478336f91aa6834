package cn.eco.enforcement.identity.internal;

import static cn.eco.enforcement.identity.Roles.ADMIN;
import static cn.eco.enforcement.identity.Roles.AUDITORS;
import static cn.eco.enforcement.identity.Roles.SUPERVISORS;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.eco.enforcement.identity.Roles;
import cn.eco.enforcement.shared.ProblemJson;

/**
 * The engine's metrics ({@code /engine-rest/metrics}, and the same resource behind the webapps'
 * engine API) are city-wide counts that the engine shows to every signed-in user: only admins,
 * supervisors and auditors, who use Cockpit and Admin, read them; anyone else gets 403. Anonymous
 * callers pass on to the engine's own 401.
 */
@Component
class EngineMetricsGuard extends OncePerRequestFilter {

	private static final Pattern METRICS = Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/metrics(/.*)?");

	private static final Set<String> READERS = Set.of(ADMIN, SUPERVISORS, AUDITORS);

	private static final String ENGINE = "default";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !METRICS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> groups = groupsOfCaller(request);
		if (groups != null && groups.stream().noneMatch(READERS::contains)) {
			ProblemJson.write(response, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权查看引擎运行指标"));
			return;
		}
		chain.doFilter(request, response);
	}

	/** The caller's groups from HTTP Basic or a webapp session; null for an anonymous caller. */
	private static List<String> groupsOfCaller(HttpServletRequest request) {
		Authentication basic = SecurityContextHolder.getContext().getAuthentication();
		if (basic != null && basic.isAuthenticated() && !"anonymousUser".equals(basic.getName())) {
			return basic.getAuthorities().stream().map(GrantedAuthority::getAuthority).map(EngineMetricsGuard::group).toList();
		}
		HttpSession session = request.getSession(false);
		Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
		if (webapp != null && webapp.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
			return user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
		}
		return null;
	}

	private static String group(String authority) {
		String prefix = Roles.authority("");
		return authority.startsWith(prefix) ? authority.substring(prefix.length()) : authority;
	}

}

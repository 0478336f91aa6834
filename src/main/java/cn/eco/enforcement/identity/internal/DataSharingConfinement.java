package cn.eco.enforcement.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.eco.enforcement.identity.Roles;
import cn.eco.enforcement.shared.ProblemJson;

/**
 * Keeps a data-sharing account (数据共享账户) to reading what is shared: {@code GET /api/sharing/…}
 * (not the fetch log, which is the auditors'), the public pages and the health check. Everything
 * else — our other endpoints, the engine REST API, the map, the API description — is 403 for it,
 * even when an administrator has put the account in another group as well. Runs after HTTP Basic
 * has authenticated the caller, so the engine's own filter never sees such a request.
 */
class DataSharingConfinement extends OncePerRequestFilter {

	private static final String SHARING = "/api/sharing/";

	private static final String LOG = "/api/sharing/log";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isDataSharing(SecurityContextHolder.getContext().getAuthentication()) && !permitted(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"数据共享账户只能读取 /api/sharing/ 下的共享数据");
			problem.setTitle("无权访问");
			ProblemJson.write(response, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isDataSharing(Authentication caller) {
		return caller != null && caller.isAuthenticated() && caller.getAuthorities()
			.stream()
			.anyMatch(a -> Roles.authority(Roles.DATA_SHARING).equals(a.getAuthority()));
	}

	private static boolean permitted(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		boolean shared = path.startsWith(SHARING) && !path.equals(LOG) && !path.startsWith(LOG + "/");
		return read && (shared || path.startsWith("/public/") || path.equals("/actuator/health"));
	}

}

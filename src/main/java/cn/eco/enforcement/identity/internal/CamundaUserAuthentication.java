package cn.eco.enforcement.identity.internal;

import java.util.List;

import cn.eco.enforcement.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates {@code /api} callers against the Camunda identity service, so one account works
 * in Tasklist, the engine REST API and our API; the user's groups become its authorities.
 */
@Component
class CamundaUserAuthentication implements AuthenticationProvider {

	private final IdentityService identity;

	CamundaUserAuthentication(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object password = authentication.getCredentials();
		if (userId == null || password == null || !identity.checkPassword(userId, password.toString())) {
			throw new BadCredentialsException("用户名或密码错误");
		}
		List<SimpleGrantedAuthority> authorities = identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.map(Roles::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

package cn.eco.enforcement.identity.internal;

import java.util.List;
import java.util.Optional;

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
 * in Tasklist, the engine REST API and our API; the user's groups become its authorities. Credentials
 * checked before cost one account read instead of a password hash and a group query
 * ({@link CredentialCache}).
 */
@Component
class CamundaUserAuthentication implements AuthenticationProvider {

	private final IdentityService identity;

	private final CredentialCache credentials;

	CamundaUserAuthentication(IdentityService identity, CredentialCache credentials) {
		this.identity = identity;
		this.credentials = credentials;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object password = authentication.getCredentials();
		if (userId == null || password == null) {
			throw new BadCredentialsException("用户名或密码错误");
		}
		Optional<List<String>> known = credentials.groupsIfStillValid(userId, password.toString());
		if (known.isPresent()) {
			return authenticated(userId, known.get());
		}
		// Read before the check: a password changed meanwhile is then never remembered as valid.
		Optional<CredentialCache.Account> before = credentials.account(userId);
		if (!identity.checkPassword(userId, password.toString())) {
			throw new BadCredentialsException("用户名或密码错误");
		}
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		before.ifPresent(account -> credentials.remember(userId, password.toString(), account.password()));
		return authenticated(userId, groups);
	}

	private static Authentication authenticated(String userId, List<String> groups) {
		List<SimpleGrantedAuthority> authorities = groups.stream()
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

package cn.eco.enforcement.identity.internal;

import static cn.eco.enforcement.identity.Roles.*;

import java.util.Set;
import java.util.stream.Collectors;

import cn.eco.enforcement.grid.Jurisdiction;
import cn.eco.enforcement.grid.Jurisdictions;
import cn.eco.enforcement.grid.Squadron;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Supervisors, auditors and administrators read the whole city; everybody else reads the grids of
 * the squadrons whose Camunda group they belong to (an inspector's and a squadron leader's own, the
 * same groups that decide whose tasks they see), and nothing without one.
 */
@Component
class CallerJurisdictions implements Jurisdictions {

	private static final Set<String> CITY_WIDE = Set.of(authority(ADMIN), authority(SUPERVISORS), authority(AUDITORS));

	private static final String SQUADRON = authority(Squadron.groupIdOf(""));

	@Override
	public Jurisdiction ofCaller() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated()) {
			return Jurisdiction.squadrons(Set.of());
		}
		Set<String> authorities = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (authorities.stream().anyMatch(CITY_WIDE::contains)) {
			return Jurisdiction.wholeCity();
		}
		return Jurisdiction.squadrons(authorities.stream()
			.filter(a -> a.startsWith(SQUADRON))
			.map(a -> a.substring(SQUADRON.length()))
			.collect(Collectors.toSet()));
	}

}

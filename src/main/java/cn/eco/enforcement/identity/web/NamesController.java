package cn.eco.enforcement.identity.web;

import java.util.Map;
import java.util.TreeMap;

import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.identity.Roles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the webapps (Tasklist, Cockpit and its 历史审计 plugin) need to show people and times as the
 * bureau reads them: who is signed in and whether the engine lets them change tasks' chrome
 * (assignee, groups, dates, new tasks, process starts: administrators only), the bureau's time zone
 * ({@code app.zone}), and the staff's and squadrons' names for the ids the engine stores. A Tasklist or
 * Cockpit session reads both without HTTP Basic (WebappSessionDocuments).
 */
@RestController
class NamesController {

	private final GridApi grid;

	private final String zone;

	NamesController(GridApi grid, @Value("${app.zone:Asia/Shanghai}") String zone) {
		this.grid = grid;
		this.zone = zone;
	}

	/**
	 * The signed-in person.
	 * @param userId login id
	 * @param name the name people know (the login id for accounts that are not staff)
	 * @param admin whether the person may use the engine's generic task and process actions
	 * @param zone the bureau's time zone, in which every time is shown
	 */
	record Me(String userId, String name, boolean admin, String zone) {
	}

	/**
	 * Names for the ids the engine stores.
	 * @param people login id → name, every member of staff
	 * @param groups group id → name, every squadron's group (squadron-XY-GX-SQ1 → 高新执法一中队)
	 */
	record Names(Map<String, String> people, Map<String, String> groups) {
	}

	@GetMapping("/api/me")
	Me me(Authentication caller) {
		boolean admin = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Roles.authority(Roles.ADMIN)::equals);
		String name = grid.findStaff(caller.getName()).map(StaffMember::name).orElse(caller.getName());
		return new Me(caller.getName(), name, admin, zone);
	}

	/** The names Tasklist and the history plugin show instead of the ids of staff and squadrons. */
	@GetMapping("/api/names")
	Names names() {
		Map<String, String> people = new TreeMap<>();
		grid.allStaff().forEach(s -> people.put(s.userId(), s.name()));
		Map<String, String> groups = new TreeMap<>();
		grid.squadrons().forEach(s -> groups.put(s.groupId(), s.name()));
		return new Names(people, groups);
	}

}

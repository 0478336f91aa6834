package cn.eco.enforcement.casework.web;

import java.util.List;

import cn.eco.enforcement.casework.internal.TaskReassignments;
import cn.eco.enforcement.casework.internal.TaskReassignments.Choice;
import cn.eco.enforcement.casework.internal.TaskReassignments.Reassignment;
import cn.eco.enforcement.identity.Roles;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 改派: {@code POST /api/tasks/{taskId}/reassignment} with {@code {"assignee": "…", "reason": "…"}},
 * by a squadron leader within his squadron or by a supervisor or administrator; {@code GET} on the
 * same address gives the officers the caller may choose from.
 */
@RestController
class TaskReassignmentController {

	private final TaskReassignments reassignments;

	TaskReassignmentController(TaskReassignments reassignments) {
		this.reassignments = reassignments;
	}

	/** The request body. */
	record ReassignmentRequest(String assignee, String reason) {
	}

	/**
	 * What Tasklist's 改派 dialog offers the caller for this task: the officers he may give it to,
	 * grouped by squadron; 403 when he may not move it (Tasklist then shows no 改派 button).
	 */
	@GetMapping("/api/tasks/{taskId}/reassignment")
	Choice choice(@PathVariable String taskId, Authentication caller) {
		try {
			return reassignments.choice(taskId, caller.getName(), overseer(caller));
		}
		catch (TaskReassignments.NotAllowed ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		catch (TaskReassignments.NoSuchTask ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

	@PostMapping("/api/tasks/{taskId}/reassignment")
	Reassignment reassign(@PathVariable String taskId, @RequestBody ReassignmentRequest request,
			Authentication caller) {
		List<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		boolean overseer = overseer(caller);
		List<String> groups = authorities.stream().filter(a -> a.startsWith("GROUP_")).map(a -> a.substring(6)).toList();
		try {
			return reassignments.reassign(taskId, caller.getName(), groups, overseer, request.assignee(),
					request.reason());
		}
		catch (TaskReassignments.NotAllowed ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		catch (TaskReassignments.NoSuchTask ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

	private static boolean overseer(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals(Roles.authority(Roles.ADMIN)) || a.equals(Roles.authority(Roles.SUPERVISORS)));
	}

}

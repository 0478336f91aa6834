package cn.eco.enforcement.casework.web;

import java.util.List;

import cn.eco.enforcement.casework.internal.TaskReassignments;
import cn.eco.enforcement.casework.internal.TaskReassignments.Reassignment;
import cn.eco.enforcement.identity.Roles;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 改派: {@code POST /api/tasks/{taskId}/reassignment} with {@code {"assignee": "…", "reason": "…"}},
 * by a squadron leader within his squadron or by a supervisor or administrator.
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

	@PostMapping("/api/tasks/{taskId}/reassignment")
	Reassignment reassign(@PathVariable String taskId, @RequestBody ReassignmentRequest request,
			Authentication caller) {
		List<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		boolean overseer = authorities.contains(Roles.authority(Roles.ADMIN))
				|| authorities.contains(Roles.authority(Roles.SUPERVISORS));
		List<String> groups = authorities.stream().filter(a -> a.startsWith("GROUP_")).map(a -> a.substring(6)).toList();
		try {
			return reassignments.reassign(taskId, caller.getName(), groups, overseer, request.assignee(),
					request.reason());
		}
		catch (TaskReassignments.NotAllowed ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

}

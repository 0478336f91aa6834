package cn.eco.enforcement.casework.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.stereotype.Component;

/**
 * Hands a new task that nobody holds to the one officer it is offered to, so that he or she opens it
 * and works it without claiming it first. The officers it is offered to are its candidate users and
 * the members of its candidate groups who are on the staff and available (not accounts such as the
 * administrator or a firm's), less those who must stand aside: a case's investigators for every
 * task of a case they do not work themselves, and the case's reviewer for its legal review. Legal
 * reviewers ({@link Roles#LEGAL_REVIEWERS}) take a case's legal review and leave the approvals to
 * the other supervisors. When more than one officer remains, or none, the task stays with its groups.
 */
@Component
class SoleCandidates {

	static final String LEGAL_REVIEW = "Task_LegalReview";

	private final GridApi grid;

	SoleCandidates(GridApi grid) {
		this.grid = grid;
	}

	void assign(DelegateTask task) {
		if (task.getAssignee() != null) {
			return;
		}
		IdentityService identity = task.getProcessEngineServices().getIdentityService();
		Set<String> offered = new LinkedHashSet<>();
		Set<String> groups = new LinkedHashSet<>();
		for (IdentityLink link : task.getCandidates()) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				offered.add(link.getUserId());
			}
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
				offered.addAll(members(identity, link.getGroupId()));
			}
		}
		Set<String> officers = offered.stream()
			.filter(this::availableOfficer)
			.filter(user -> !standsAside(task, user))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> legalReviewers = members(identity, Roles.LEGAL_REVIEWERS);
		Set<String> dutyHolders = officers.stream()
			.filter(user -> LEGAL_REVIEW.equals(task.getTaskDefinitionKey()) == legalReviewers.contains(user))
			.collect(Collectors.toSet());
		Set<String> remaining = groups.contains(Roles.SUPERVISORS) && !dutyHolders.isEmpty() ? dutyHolders : officers;
		if (remaining.size() == 1) {
			task.setAssignee(remaining.iterator().next());
		}
	}

	private boolean availableOfficer(String userId) {
		return grid.findStaff(userId).map(StaffMember::available).orElse(false);
	}

	/** 回避 and 查审分离 as {@code caseTasks} enforces them at completion. */
	private static boolean standsAside(DelegateTask task, String userId) {
		boolean investigator = Objects.equals(userId, task.getVariable("investigator1"))
				|| Objects.equals(userId, task.getVariable("investigator2"));
		if (investigator) {
			return true;
		}
		return LEGAL_REVIEW.equals(task.getTaskDefinitionKey()) && Objects.equals(userId, task.getVariable("reviewedBy"));
	}

	/** All members, whoever's work created the task (a firm's account may not read the staff's groups). */
	private static Set<String> members(IdentityService identity, String group) {
		return Context.getCommandContext()
			.runWithoutAuthorization(() -> identity.createUserQuery().memberOfGroup(group).list())
			.stream()
			.map(User::getId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}

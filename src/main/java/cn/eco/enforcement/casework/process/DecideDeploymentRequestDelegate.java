package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.internal.DeploymentRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Applies the administrator's decision on a deployment request, as the person who completed
 * 审批流程部署 (the authenticated user, never a variable), and records it as {@code decidedBy}.
 */
@Component
class DecideDeploymentRequestDelegate implements JavaDelegate {

	private final DeploymentRequests requests;

	private final IdentityService identity;

	DecideDeploymentRequestDelegate(DeploymentRequests requests, IdentityService identity) {
		this.requests = requests;
		this.identity = identity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Authentication user = identity.getCurrentAuthentication();
		String decidedBy = user == null ? null : user.getUserId();
		boolean approved = Boolean.TRUE.equals(execution.getVariable("deploymentApproved"));
		requests.decide(((Number) execution.getVariable("deploymentRequestId")).longValue(), decidedBy, approved,
				(String) execution.getVariable("approvalComment"));
		execution.setVariable("decidedBy", decidedBy);
	}

}

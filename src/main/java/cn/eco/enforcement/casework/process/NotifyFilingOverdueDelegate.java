package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.FilingApprovalOverdue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the approvers that a case lead has waited beyond its filing deadline. */
@Component
class NotifyFilingOverdueDelegate implements JavaDelegate {

	private final ApplicationEventPublisher events;

	NotifyFilingOverdueDelegate(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("filingOverdue", true);
		events.publishEvent(new FilingApprovalOverdue(((Number) execution.getVariable("caseId")).longValue(),
				(String) execution.getVariable("caseNumber"), (String) execution.getVariable("enterpriseName"),
				(String) execution.getVariable("caseSummary")));
	}

}

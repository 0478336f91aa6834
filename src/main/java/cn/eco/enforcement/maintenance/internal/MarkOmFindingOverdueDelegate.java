package cn.eco.enforcement.maintenance.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Marks a finding overdue when its rectification deadline passes; the rectification task stays open. */
@Component
class MarkOmFindingOverdueDelegate implements JavaDelegate {

	private final OmFindings findings;

	MarkOmFindingOverdueDelegate(OmFindings findings) {
		this.findings = findings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		findings.markOverdue(((Number) execution.getVariable("omFindingId")).longValue());
	}

}

package cn.eco.enforcement.maintenance.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Closes (销号) a finding once the inspection company verified its rectification. */
@Component
class CloseOmFindingDelegate implements JavaDelegate {

	private final OmFindings findings;

	CloseOmFindingDelegate(OmFindings findings) {
		this.findings = findings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		findings.close(((Number) execution.getVariable("omFindingId")).longValue());
	}

}

package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.internal.CaseFiling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Records the filing decision (立案审批) of {@code case-filing} on the case record. */
@Component
class RecordFilingDecisionDelegate implements JavaDelegate {

	private final CaseFiling caseFiling;

	RecordFilingDecisionDelegate(CaseFiling caseFiling) {
		this.caseFiling = caseFiling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (execution.getVariable("filingApproved") == null) {
			execution.setVariable("filingApproved", false);
		}
		caseFiling.recordFilingDecision(((Number) execution.getVariable("caseId")).longValue(),
				Boolean.TRUE.equals(execution.getVariable("filingApproved")),
				(String) execution.getVariable("filingOpinion"));
	}

}

package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.internal.SelfInspections;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Starts tracking the rectification of the problems a self-inspection found. */
@Component
class StartRectificationDelegate implements JavaDelegate {

	private final SelfInspections selfInspections;

	StartRectificationDelegate(SelfInspections selfInspections) {
		this.selfInspections = selfInspections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables vars = LoopVariables.of(execution);
		String problem = vars.text("problemDescription");
		String id = selfInspections.startRectification(vars.text("enterpriseCode"),
				problem == null || problem.isBlank() ? "自检单中有不符合项（" + vars.text("period") + "）" : problem, "企业自检");
		vars.set("rectificationProcessInstanceId", id);
	}

}

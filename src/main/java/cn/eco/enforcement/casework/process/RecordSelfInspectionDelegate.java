package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.internal.SelfInspections;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Records the submitted self-inspection: how many checklist items failed and what the firm reported. */
@Component
class RecordSelfInspectionDelegate implements JavaDelegate {

	private static final int CHECKLIST_ITEMS = 10;

	private final SelfInspections selfInspections;

	RecordSelfInspectionDelegate(SelfInspections selfInspections) {
		this.selfInspections = selfInspections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables vars = LoopVariables.of(execution);
		int failed = 0;
		for (int i = 1; i <= CHECKLIST_ITEMS; i++) {
			if (Boolean.FALSE.equals(execution.getVariable(String.format("item%02d", i)))) {
				failed++;
			}
		}
		// A failed checklist item is a problem even when the firm did not tick "problems found".
		boolean problems = vars.defaultFlag("problemsFound") || failed > 0;
		vars.set("problemsFound", problems);
		selfInspections.record(execution.getProcessInstanceId(), vars.text("enterpriseCode"), vars.text("period"),
				vars.text("checklistForm"), failed, problems, vars.text("problemDescription"), vars.text("inspectedBy"));
	}

}

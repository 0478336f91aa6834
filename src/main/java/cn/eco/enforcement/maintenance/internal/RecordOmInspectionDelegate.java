package cn.eco.enforcement.maintenance.internal;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.maintenance.FindingClass;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Records the submitted checklist; every failed item becomes a finding of the class the inspector
 * chose (运维不规范 when none was chosen), which {@link OmFindings} then tracks.
 */
@Component
class RecordOmInspectionDelegate implements JavaDelegate {

	private final OmInspections inspections;

	RecordOmInspectionDelegate(OmInspections inspections) {
		this.inspections = inspections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<OmFindings.Failed> failed = new ArrayList<>();
		for (OmChecklist.Item item : OmChecklist.ITEMS) {
			if ("FAIL".equals(execution.getVariable(item.key() + "Result"))) {
				Object chosen = execution.getVariable(item.key() + "Class");
				FindingClass type = chosen == null || chosen.toString().isBlank() ? FindingClass.IRREGULAR_OPERATION
						: FindingClass.valueOf(chosen.toString());
				Object note = execution.getVariable(item.key() + "Note");
				failed.add(new OmFindings.Failed(item.label(), type, note == null ? null : note.toString()));
			}
		}
		var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		long id = ((Number) execution.getVariable("omInspectionId")).longValue();
		execution.setVariable("findingCount", inspections.record(id, user == null ? null : user.getUserId(), failed));
	}

}

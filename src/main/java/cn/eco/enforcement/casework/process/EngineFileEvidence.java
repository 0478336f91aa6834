package cn.eco.enforcement.casework.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.stereotype.Component;

import cn.eco.enforcement.casework.internal.CaseEvidenceIntake;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.shared.InvalidInputException;

/**
 * A task completed through the engine API with a File variable {@code evidence} (the old one-file
 * way, still open to REST clients): the file becomes an evidence item of the alarm like an upload
 * to {@code /api/alarms/{id}/evidence} (and entered in the alarm's case, if it has one), and the variable is removed, so the engine keeps no copy
 * at runtime and the next round of the task does not find a stale file.
 */
@Component
class EngineFileEvidence {

	private final CaseEvidenceIntake evidence;

	EngineFileEvidence(CaseEvidenceIntake evidence) {
		this.evidence = evidence;
	}

	void moveToEvidence(DelegateTask task, long alarmId, String uploadedBy) {
		moveToEvidence(task, LoopVariables.EVIDENCE, alarmId, uploadedBy);
	}

	/** The same for a File variable of another name (the rectification report's {@code rectificationEvidence}). */
	void moveToEvidence(DelegateTask task, String variable, long alarmId, String uploadedBy) {
		TypedValue value = task.getVariableTyped(variable);
		if (value == null) {
			return;
		}
		if (value instanceof FileValue file && file.getValue() != null) {
			try {
				evidence.store(alarmId, uploadedBy, List.of(new Upload(file.getFilename(), file::getValue)));
			}
			catch (InvalidInputException refused) {
				throw new BadUserRequestException(refused.problems().get(0).message());
			}
		}
		task.removeVariable(variable);
	}

}

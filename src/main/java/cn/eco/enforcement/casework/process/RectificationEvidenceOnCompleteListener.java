package cn.eco.enforcement.casework.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import cn.eco.enforcement.casework.internal.EvidenceAccess;

/**
 * 报告整改进展 ({@code complete}): the file the firm attached in the form ({@code rectificationEvidence})
 * becomes evidence of the alarm whose loop ordered the rectification, like the photos added in
 * Tasklist's 证据材料 tab, so it is in the alarm's list, its case's chain and its dossier, and the
 * engine keeps no copy. A rectification no alarm ordered (a self-inspection's) has no evidence list:
 * its file stays a process variable, as before.
 */
@Component
class RectificationEvidenceOnCompleteListener implements TaskListener {

	static final String RECTIFICATION_EVIDENCE = "rectificationEvidence";

	private final EngineFileEvidence fileEvidence;

	private final IdentityService identity;

	RectificationEvidenceOnCompleteListener(EngineFileEvidence fileEvidence, IdentityService identity) {
		this.fileEvidence = fileEvidence;
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable(EvidenceAccess.SOURCE_ALARM_ID) instanceof Number alarmId)) {
			return;
		}
		fileEvidence.moveToEvidence(task, RECTIFICATION_EVIDENCE, alarmId.longValue(), actorOf(task));
	}

	/** The one who completes the firm's group task (the engine guard claims it for him first). */
	private String actorOf(DelegateTask task) {
		Authentication current = identity.getCurrentAuthentication();
		if (current != null && current.getUserId() != null) {
			return current.getUserId();
		}
		return task.getAssignee() != null ? task.getAssignee() : "system";
	}

}

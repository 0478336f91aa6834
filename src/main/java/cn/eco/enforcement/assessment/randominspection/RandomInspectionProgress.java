package cn.eco.enforcement.assessment.randominspection;

import java.time.ZoneOffset;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Task listener ({@code complete}) of the random-inspection record: stores who inspected, when and
 * what they found. Bound in BPMN as {@code ${randomInspectionProgress.recorded(task)}}.
 */
@Component
public class RandomInspectionProgress {

	private final DrawRecords records;

	private final IdentityService identity;

	RandomInspectionProgress(DrawRecords records, IdentityService identity) {
		this.records = records;
		this.identity = identity;
	}

	public void recorded(DelegateTask task) {
		boolean problemFound = Boolean.TRUE.equals(task.getVariable("problemFound"));
		task.setVariable("problemFound", problemFound);
		String record = text(task.getVariable("inspectionRecord"));
		String problem = text(task.getVariable("problemDescription"));
		String summary = problemFound && !problem.isBlank() ? problem : record;
		records.recordResult(((Number) task.getVariable("randomInspectionId")).longValue(), completer(task),
				ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC),
				problemFound, summary.length() > 2000 ? summary.substring(0, 2000) : summary);
	}

	/** The assignee, or the signed-in user when an offered task is completed without claiming it. */
	private String completer(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		Authentication current = identity.getCurrentAuthentication();
		return current == null ? null : current.getUserId();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().trim();
	}

}

package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.util.Map;
import java.util.Objects;

import cn.eco.enforcement.casework.internal.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * The task listeners of {@code case-filing}. On completion they guard the separation of duties
 * (回避, 查审分离): a task completed by the wrong person is refused, so the completion is rolled back
 * and the task stays open; and they put what a review or the party decided on the case's timeline.
 * When the closing approval is created it gets the case's history to read. The complete listener of each guarded task names this bean and
 * {@link #notify} picks the rule by the task's key. The acting person is the logged-in user, else the task's assignee.
 */
@Component("caseTasks")
public class CaseTasks implements TaskListener {

	private final CaseRecords records;

	CaseTasks(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getTaskDefinitionKey()) {
			case "Task_Investigate" -> investigated(task);
			case "Task_CosignInvestigation" -> cosigned(task);
			case "Task_ReviewCase" -> reviewed(task);
			case "Task_LegalReview" -> legalReviewed(task);
			case "Task_HoldHearing" -> hearingHeld(task);
			case "Task_CollectiveDiscussion" -> event(task, "集体讨论", (Boolean.TRUE.equals(task.getVariable("collectiveApproved"))
					? "同意拟处罚意见。" : "不同意，退回案件审查。") + text(task, "discussionMinutes"));
			case "Task_RecordPartyResponse" -> event(task, "陈述申辩", text(task, "partyStatement")
					+ (Boolean.TRUE.equals(task.getVariable("hearingRequested")) ? "；当事人申请听证" : ""));
			case "Task_ApproveClosing" -> closingSummary(task);
			default -> throw new IllegalStateException("caseTasks has nothing to do for " + task.getTaskDefinitionKey());
		}
	}

	/** 调查取证 by one of the case's two investigators. */
	public void investigated(DelegateTask task) {
		String actor = actor(task);
		requireInvestigator(task, actor, "调查取证");
		task.setVariable("investigatedBy", actor);
	}

	/** The second investigator signs: never the one who recorded the investigation. */
	public void cosigned(DelegateTask task) {
		String actor = actor(task);
		requireInvestigator(task, actor, "复核签名");
		if (actor.equals(task.getVariable("investigatedBy"))) {
			throw refused("调查取证须由两名执法人员共同完成：复核签名的应是另一名承办人，" + actor + " 已记录调查取证");
		}
		task.setVariable("cosignedBy", actor);
	}

	/** 案件审查 by someone who did not investigate (查审分离). */
	public void reviewed(DelegateTask task) {
		String actor = actor(task);
		if (isInvestigator(task, actor)) {
			throw refused("查审分离：本案承办人 " + actor + " 不得审查本案");
		}
		task.setVariable("reviewedBy", actor);
	}

	/** 法制审核 by neither an investigator nor the case reviewer. */
	public void legalReviewed(DelegateTask task) {
		String actor = actor(task);
		if (isInvestigator(task, actor) || actor.equals(task.getVariable("reviewedBy"))) {
			throw refused("法制审核须由未参与本案调查和审查的人员进行，" + actor + " 应当回避");
		}
		task.setVariable("legalReviewedBy", actor);
		records.update(caseId(task), Map.of("legal_reviewer", actor));
		event(task, "法制审核", (Boolean.TRUE.equals(task.getVariable("legalReviewPassed")) ? "审核通过。" : "审核未通过，退回案件审查。")
				+ text(task, "legalReviewOpinion"));
	}

	/** The hearing is held by its appointed chair, who is not an investigator. */
	public void hearingHeld(DelegateTask task) {
		String actor = actor(task);
		if (isInvestigator(task, actor) || !actor.equals(task.getVariable("hearingChair"))) {
			throw refused("听证由指定的非本案调查人员主持，" + actor + " 不能完成本任务");
		}
	}

	/** The closing approval shows how the case went: its timeline, one line per entry. */
	private void closingSummary(DelegateTask task) {
		StringBuilder timeline = new StringBuilder();
		records.timeline(caseId(task)).forEach(e -> timeline.append(e.occurredAt().atZoneSameInstant(CaseVariables.ZONE)
			.toLocalDate()).append(' ').append(e.stage()).append('：').append(e.description()).append('\n'));
		task.setVariable("caseTimeline", timeline.toString().strip());
	}

	private void event(DelegateTask task, String stage, String description) {
		String actor = actor(task);
		records.event(caseId(task), ClockUtil.getCurrentTime().toInstant().atZone(CaseVariables.ZONE).toOffsetDateTime(), stage,
				actor, description);
	}

	private static long caseId(DelegateTask task) {
		return ((Number) task.getVariable("caseId")).longValue();
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? "" : value.toString();
	}

	private static void requireInvestigator(DelegateTask task, String actor, String what) {
		if (!isInvestigator(task, actor)) {
			throw refused(what + "须由本案承办人完成，" + actor + " 不是本案承办人");
		}
	}

	private static boolean isInvestigator(DelegateTask task, String actor) {
		return Objects.equals(actor, task.getVariable("investigator1")) || Objects.equals(actor, task.getVariable("investigator2"));
	}

	private static String actor(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String actor = authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
		if (actor == null) {
			throw refused("请先认领任务再办理");
		}
		return actor;
	}

}

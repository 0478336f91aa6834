package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceItem;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Task listeners ({@code complete}) of the loop's user tasks: they note who did each step and when,
 * and move the alarm's status along. Bound in BPMN as {@code ${loopProgress.signedFor(task)}} etc.
 */
@Component
public class LoopProgress {

	private final AlarmApi alarms;

	private final IdentityService identity;

	private final GridApi grid;

	private final EvidenceApi evidence;

	private final EngineFileEvidence fileEvidence;

	private final RectificationOrders rectificationOrders;

	LoopProgress(AlarmApi alarms, IdentityService identity, GridApi grid, EvidenceApi evidence,
			EngineFileEvidence fileEvidence, RectificationOrders rectificationOrders) {
		this.alarms = alarms;
		this.identity = identity;
		this.grid = grid;
		this.evidence = evidence;
		this.fileEvidence = fileEvidence;
		this.rectificationOrders = rectificationOrders;
	}

	public void signedFor(DelegateTask task) {
		LoopVariables loop = LoopVariables.of(task);
		String actor = actorOf(task);
		loop.set(HANDLER, actor);
		loop.set(SIGNED_FOR_AT, ClockUtil.getCurrentTime());
		alarms.recordProgress(loop.alarmId(), AlarmStatus.SIGNED_FOR, actor, loop.text("signForNote"));
	}

	public void handled(DelegateTask task) {
		LoopVariables loop = LoopVariables.of(task);
		boolean violation = loop.defaultFlag(VIOLATION_FOUND);
		boolean visitNeeded = loop.defaultFlag(ON_SITE_VISIT_NEEDED);
		loop.set(HANDLED_AT, ClockUtil.getCurrentTime());
		boolean offSite = task.getTaskDefinitionKey().equals("Task_VerifyOffSite");
		fileEvidence.moveToEvidence(task, loop.alarmId(), actorOf(task));
		List<EvidenceItem> items = evidence.of(loop.alarmId());
		if (violation && !offSite && items.stream().noneMatch(EvidenceItem::photoOrVideo)) {
			// The embedded form says so too; this holds for every client of the engine API.
			throw new BadUserRequestException("发现违法行为须上传现场照片或视频证据，才能移送立案");
		}
		String findings = loop.text(offSite ? VERIFICATION_FINDINGS : INSPECTION_RECORD);
		loop.set(HANDLING_SUMMARY, HandlingSummary.of(loop, offSite, grid.nameWithId(actorOf(task)), items));
		// 处置反馈 starts from what was recorded here: the inspector confirms or adds, never retypes.
		loop.set(FEEDBACK_SUMMARY, HandlingSummary.feedbackDraft(loop, offSite));
		alarms.recordProgress(loop.alarmId(), AlarmStatus.HANDLED, actorOf(task), (violation ? "发现违法行为。" : "未发现违法行为。")
				+ (visitNeeded ? "申请现场检查。" : "") + (findings == null ? "" : findings));
	}

	public void feedbackSubmitted(DelegateTask task) {
		LoopVariables loop = LoopVariables.of(task);
		loop.defaultFlag(RECTIFICATION_REQUIRED);
		rectificationOrders.check(loop, rectificationOrders.today());
		alarms.recordProgress(loop.alarmId(), AlarmStatus.FEEDBACK_SUBMITTED, actorOf(task), loop.text(FEEDBACK_SUMMARY));
	}

	public void reviewed(DelegateTask task) {
		LoopVariables loop = LoopVariables.of(task);
		boolean approved = loop.defaultFlag(APPROVED);
		if (!approved) {
			loop.set(REWORK_COUNT, loop.count(REWORK_COUNT) + 1);
		}
		alarms.recordProgress(loop.alarmId(), approved ? AlarmStatus.REVIEWED : AlarmStatus.REVIEW_REJECTED,
				actorOf(task), loop.text(REVIEW_COMMENT));
		if (approved) {
			rectificationOrders.startTracking(loop);
		}
	}

	/** The assignee, or the authenticated user when an unassigned task is completed directly. */
	private String actorOf(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		Authentication current = identity.getCurrentAuthentication();
		return current == null ? null : current.getUserId();
	}

}

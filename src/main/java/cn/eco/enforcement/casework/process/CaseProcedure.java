package cn.eco.enforcement.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code case-filing} after the filing approval. They all name this bean
 * ({@code ${caseProcedure}}), and {@link #execute} hands each task, by its id, to the stage that owns
 * it: {@link FilingStage}, {@link ReviewStage}, {@link NoticeAndHearingStage}, {@link DecisionStage},
 * {@link ExecutionStage}, {@link ClosingStage}, and {@link CaseClocks} for the deadlines. Calling the
 * stage directly, not through a method expression, lets a refusal reach Tasklist and REST callers as
 * a 400 rather than wrapped in an expression error; and process instances of older deployments,
 * which name the same bean, keep working. Each step checks what the law requires of the task just
 * completed, records the stage on the case and its timeline, renders the legal document the stage
 * produces and sets the next deadline. A refusal rolls back the completion of the user task before
 * it, so Tasklist shows the message and the task stays open.
 */
@Component("caseProcedure")
public class CaseProcedure implements JavaDelegate {

	private final FilingStage filing;

	private final ReviewStage review;

	private final NoticeAndHearingStage noticeAndHearing;

	private final DecisionStage decision;

	private final ExecutionStage execution;

	private final ClosingStage closing;

	private final CaseClocks clocks;

	CaseProcedure(FilingStage filing, ReviewStage review, NoticeAndHearingStage noticeAndHearing, DecisionStage decision,
			ExecutionStage execution, ClosingStage closing, CaseClocks clocks) {
		this.filing = filing;
		this.review = review;
		this.noticeAndHearing = noticeAndHearing;
		this.decision = decision;
		this.execution = execution;
		this.closing = closing;
		this.clocks = clocks;
	}

	@Override
	public void execute(DelegateExecution task) {
		switch (task.getCurrentActivityId()) {
			case "Task_RecordFilingDecision" -> filing.recordFilingDecision(task);
			case "Task_RecordSimplifiedDecision" -> decision.recordSimplifiedDecision(task);
			case "Task_RecordDiscretion" -> review.recordDiscretion(task);
			case "Task_RecordCaseReview" -> review.recordCaseReview(task);
			case "Task_RecordNoPenalty" -> review.recordNoPenalty(task);
			case "Task_RecordTransfer" -> review.recordTransfer(task);
			case "Task_IssuePriorNotice" -> noticeAndHearing.issuePriorNotice(task);
			case "Task_RecordWaiver" -> noticeAndHearing.recordWaiver(task);
			case "Task_RecordHearingSchedule" -> noticeAndHearing.scheduleHearing(task);
			case "Task_RecordHearing" -> noticeAndHearing.recordHearing(task);
			case "Task_IssueDecision" -> decision.issueDecision(task);
			case "Task_NotifyServiceOverdue" -> clocks.notifyOverdue(task, "SERVICE");
			case "Task_RecordService" -> decision.recordService(task);
			case "Task_NotifyPaymentOverdue" -> clocks.notifyOverdue(task, "PAYMENT");
			case "Task_SettlePayment" -> execution.settlePayment(task);
			case "Task_NotifyReInspectionOverdue" -> clocks.notifyOverdue(task, "RE_INSPECTION");
			case "Task_RecordReInspection" -> execution.recordReInspection(task);
			case "Task_IssueDailyPenalty" -> execution.issueDailyPenalty(task);
			case "Task_CloseCase" -> closing.closeCase(task);
			case "Task_CheckDecisionClock" -> clocks.checkDecisionClock(task);
			case "Task_RecordExtension" -> clocks.recordExtension(task);
			default -> throw new IllegalStateException("caseProcedure has no step for " + task.getCurrentActivityId());
		}
	}

}

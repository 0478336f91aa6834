package cn.eco.enforcement.casework.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of {@code enforcement-loop}. The names are the process's
 * contract with its forms, its gateways and REST callers completing tasks, so they live here once.
 *
 * <p>Every variable costs three rows with history level full (runtime, instance history, detail), so
 * the loop reaches its first task with eight, each kept for a reader that needs it by name:
 * <ul>
 * <li>{@code alarmId}: the key to the alarm register, where the alarm's facts stay;
 * <li>{@code enterpriseCode}, {@code enterpriseName}: the subject, for the Cockpit trail's facts, the
 * task cards of places without a registry entry and the case filing;
 * <li>{@code alarmSummary}, {@code supervisionSummary}: what the loop's Tasklist forms show (read-only
 * fields of every form, the embedded on-site form's context);
 * <li>{@code supervisionMode}: the gateway after signing for, on every rework as well;
 * <li>{@code assignee}, {@code candidateGroup}: the first task's assignee and the candidate group of
 * every handling task.
 * </ul>
 * The rest of the rules' plan (fired rule labels, serious flag, squadron, squadron leader, priority,
 * sign-for deadline, due dates, dispatch time) is one row of {@code loop_plan}, written once by
 * {@link DecideSupervisionDelegate} and read through {@link LoopPlans}: by BPMN expressions
 * ({@code ${loopPlans.squadronLeader(execution)}}), by the delegates and by the auditors' trail. The
 * constants of those names stay for loops started before V310, which still carry them as variables.
 */
public final class LoopVariables {

	public static final String ALARM_ID = "alarmId";
	/**
	 * The stored alarm as the intake read it, a transient variable (never written to the database,
	 * gone at the first wait state), so that planning the loop does not read the alarm again.
	 */
	public static final String STORED_ALARM = "storedAlarm";
	public static final String ENTERPRISE_CODE = "enterpriseCode";
	public static final String ENTERPRISE_NAME = "enterpriseName";
	public static final String ALARM_SUMMARY = "alarmSummary";

	public static final String SUPERVISION_MODE = "supervisionMode";
	public static final String SUPERVISION_SUMMARY = "supervisionSummary";
	public static final String ASSIGNEE = "assignee";
	public static final String CANDIDATE_GROUP = "candidateGroup";
	/**
	 * The plan just made ({@code PlannedLoop}), a transient variable like {@link #STORED_ALARM}: the
	 * first task's due date, priority and timer read it without reading {@code loop_plan} back.
	 */
	public static final String PLANNED_LOOP = "plannedLoop";

	// Variables of loops started before V310; newer loops keep these in loop_plan (LoopPlans).
	public static final String SUPERVISION_RULES = "supervisionRules";
	public static final String ASSIGNMENT_RULES = "assignmentRules";
	public static final String SERIOUS_ALARM = "seriousAlarm";
	public static final String SQUADRON_CODE = "squadronCode";
	public static final String SQUADRON_LEADER = "squadronLeader";
	public static final String TASK_PRIORITY = "taskPriority";
	public static final String SIGN_FOR_DEADLINE = "signForDeadline";
	public static final String SIGN_FOR_DUE_DATE = "signForDueDate";
	public static final String HANDLING_DUE_DATE = "handlingDueDate";
	public static final String DISPATCHED_AT = "dispatchedAt";

	public static final String SIGN_FOR_OVERDUE = "signForOverdue";
	public static final String HANDLER = "handler";
	public static final String SIGNED_FOR_AT = "signedForAt";
	public static final String HANDLED_AT = "handledAt";
	public static final String VIOLATION_FOUND = "violationFound";
	public static final String ON_SITE_VISIT_NEEDED = "onSiteVisitNeeded";
	public static final String INSPECTION_RECORD = "inspectionRecord";
	/** A photo or video completing a task through the engine API (a file variable; moved into the evidence store). */
	public static final String EVIDENCE = "evidence";
	/** 责令整改 in the feedback: the order, its text and deadline (a date); tracked once the review approves. */
	public static final String RECTIFICATION_REQUIRED = "rectificationRequired";
	public static final String RECTIFICATION_ORDER = "rectificationOrder";
	public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
	public static final String RECTIFICATION_PROCESS_INSTANCE_ID = "rectificationProcessInstanceId";
	public static final String FINDINGS = "findings";
	public static final String VERIFICATION_FINDINGS = "verificationFindings";
	public static final String HANDLING_SUMMARY = "handlingSummary";
	public static final String FEEDBACK_SUMMARY = "feedbackSummary";
	public static final String APPROVED = "approved";
	public static final String REVIEW_COMMENT = "reviewComment";
	public static final String REWORK_COUNT = "reworkCount";
	public static final String CASE_ID = "caseId";
	public static final String CASE_NUMBER = "caseNumber";
	public static final String CASE_PROCESS_INSTANCE_ID = "caseProcessInstanceId";

	private final VariableScope scope;

	private LoopVariables(VariableScope scope) {
		this.scope = scope;
	}

	public static LoopVariables of(VariableScope scope) {
		return new LoopVariables(scope);
	}

	public long alarmId() {
		return ((Number) scope.getVariable(ALARM_ID)).longValue();
	}

	public String text(String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

	/** The value as the engine holds it (a date may be a Date or, from a form, a String). */
	public Object raw(String name) {
		return scope.getVariable(name);
	}

	public boolean flag(String name) {
		return Boolean.TRUE.equals(scope.getVariable(name));
	}

	/** Whether a variable is set at all (a File, a text …). */
	public boolean has(String name) {
		return scope.getVariable(name) != null;
	}

	public Date date(String name) {
		return (Date) scope.getVariable(name);
	}

	public int count(String name) {
		Object value = scope.getVariable(name);
		return value == null ? 0 : ((Number) value).intValue();
	}

	public void set(String name, Object value) {
		scope.setVariable(name, value);
	}

	/** Sets a yes/no answer to false when a caller completed the task without giving it. */
	public boolean defaultFlag(String name) {
		if (scope.getVariable(name) == null) {
			scope.setVariable(name, false);
		}
		return flag(name);
	}

}

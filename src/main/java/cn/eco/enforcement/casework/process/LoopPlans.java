package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import cn.eco.enforcement.casework.internal.LoopPlanRecords;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import org.springframework.stereotype.Component;

/**
 * The loop's plan where the process needs it: in BPMN expressions
 * ({@code ${loopPlans.squadronLeader(execution)}}, due dates, priority, the sign-for timer) and in
 * the delegates. In the intake's transaction it is the plan just made, handed over as a transient
 * variable; later it is read from {@code loop_plan}; a loop planned before the plan had a table of its
 * own still carries it in its variables.
 */
@Component
public class LoopPlans {

	private final LoopPlanRecords records;

	LoopPlans(LoopPlanRecords records) {
		this.records = records;
	}

	/** Keeps the plan just made, and hands it to the rest of this transaction without reading it back. */
	void record(VariableScope scope, PlannedLoop plan) {
		records.record(plan);
		scope.setVariable(PLANNED_LOOP, InMemoryValues.of(plan));
	}

	public PlannedLoop of(VariableScope scope) {
		if (scope.getVariable(PLANNED_LOOP) instanceof PlannedLoop handedOver) {
			return handedOver;
		}
		String processInstanceId = processInstanceId(scope);
		return records.ofProcessInstance(processInstanceId).orElseGet(() -> fromVariables(processInstanceId, scope));
	}

	public String squadronLeader(VariableScope scope) {
		return of(scope).squadronLeader();
	}

	public int priority(VariableScope scope) {
		return of(scope).priority();
	}

	public Date signForDueDate(VariableScope scope) {
		return of(scope).signForDueDate();
	}

	/** The sign-for timer's duration, ISO 8601 ({@code PT2H}). */
	public String signForDeadline(VariableScope scope) {
		return of(scope).signForDeadline().toString();
	}

	public Date handlingDueDate(VariableScope scope) {
		return of(scope).handlingDueDate();
	}

	private static String processInstanceId(VariableScope scope) {
		if (scope instanceof DelegateExecution execution) {
			return execution.getProcessInstanceId();
		}
		if (scope instanceof DelegateTask task) {
			return task.getProcessInstanceId();
		}
		throw new IllegalArgumentException("Not an execution or task: " + scope);
	}

	/** A loop started before {@code loop_plan} (V310) kept its plan in variables. */
	private static PlannedLoop fromVariables(String processInstanceId, VariableScope scope) {
		LoopVariables loop = LoopVariables.of(scope);
		String deadline = loop.text(SIGN_FOR_DEADLINE);
		return new PlannedLoop(processInstanceId, loop.alarmId(), loop.text(SUPERVISION_MODE), loop.flag(SERIOUS_ALARM),
				loop.text(SUPERVISION_SUMMARY), lines(loop.text(SUPERVISION_RULES)), lines(loop.text(ASSIGNMENT_RULES)),
				loop.text(ASSIGNEE), loop.text(SQUADRON_CODE), loop.text(SQUADRON_LEADER), loop.count(TASK_PRIORITY),
				deadline == null ? Duration.ZERO : Duration.parse(deadline), loop.date(DISPATCHED_AT),
				loop.date(SIGN_FOR_DUE_DATE), loop.date(HANDLING_DUE_DATE));
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

}

package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.RectificationOverdue;
import cn.eco.enforcement.casework.internal.PositiveListReviews;
import cn.eco.enforcement.casework.internal.Rectifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A rectification passed its deadline: it is marked overdue, the inspector and squadron leader are
 * told, and a listed firm may lose its positive-list place.
 */
@Component
class EscalateRectificationDelegate implements JavaDelegate {

	private final Rectifications rectifications;

	private final PositiveListReviews positiveList;

	private final ApplicationEventPublisher events;

	EscalateRectificationDelegate(Rectifications rectifications, PositiveListReviews positiveList,
			ApplicationEventPublisher events) {
		this.rectifications = rectifications;
		this.positiveList = positiveList;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables vars = LoopVariables.of(execution);
		if (vars.flag("rectificationOverdue")) {
			// Each new report round after the deadline restarts the timer; escalate only once.
			return;
		}
		vars.set("rectificationOverdue", true);
		rectifications.markOverdue(execution.getProcessInstanceId());
		events.publishEvent(new RectificationOverdue(vars.text("enterpriseCode"), vars.text("enterpriseName"),
				vars.text("responsibleInspector"), vars.text("squadronLeader"), vars.text("problemDescription")));
		positiveList.consider(vars.text("enterpriseCode"), "RECTIFICATION_OVERDUE", null,
				"整改期限 " + vars.text("rectificationDeadline") + " 已过仍未完成");
	}

}

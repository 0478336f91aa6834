package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.SelfInspectionOverdue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the firm's responsible inspector that its self-inspection is overdue. */
@Component
class RemindSelfInspectionDelegate implements JavaDelegate {

	private final ApplicationEventPublisher events;

	RemindSelfInspectionDelegate(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables vars = LoopVariables.of(execution);
		vars.set("selfInspectionOverdue", true);
		events.publishEvent(new SelfInspectionOverdue(vars.text("enterpriseCode"), vars.text("enterpriseName"),
				vars.text("responsibleInspector")));
	}

}

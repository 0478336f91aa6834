package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.internal.Rectifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Closes a rectification the inspector verified (整改销号). */
@Component
class CloseRectificationDelegate implements JavaDelegate {

	private final Rectifications rectifications;

	CloseRectificationDelegate(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		rectifications.close(execution.getProcessInstanceId());
	}

}

package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process, whatever its BPMN file says, a built-in {@code create}
 * listener that writes what its card shows ({@link TaskCaptions}) and hands a task offered to one
 * person to that person ({@link SoleCandidates}). The BPMN files keep their short activity names for
 * Modeler; being built in, the listener also runs when an instance modification skips custom ones.
 * Deployed versions get it too: the engine parses each definition again when it caches it.
 */
@Component
class TaskCards extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskCaptions> captions;

	private final ObjectProvider<SoleCandidates> soleCandidates;

	// the providers are read at the first task, long after the engine (which this plugin configures) is built
	TaskCards(ObjectProvider<TaskCaptions> captions, ObjectProvider<SoleCandidates> soleCandidates) {
		this.captions = captions;
		this.soleCandidates = soleCandidates;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		TaskListener onCreate = this::created;
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private void created(DelegateTask task) {
		soleCandidates.getObject().assign(task);
		captions.getObject().caption(task);
	}

}

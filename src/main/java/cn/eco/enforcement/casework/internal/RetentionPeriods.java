package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.stereotype.Component;

/**
 * Gives every newly deployed version of our processes and decisions the history time to live of
 * {@link RetentionSettings}, whatever its file says, so a deployment through Modeler or the REST
 * API cannot shorten how long case files are kept. The file must still name one (Camunda's
 * {@code enforceHistoryTimeToLive}); versions deployed before are brought in line at start by
 * {@link HistoryRetention}.
 */
@Component
class RetentionPeriods extends AbstractProcessEnginePlugin {

	private final Map<String, Integer> processDays;

	private final Map<String, Integer> decisionDays;

	RetentionPeriods(RetentionSettings settings) {
		this.processDays = settings.processDays();
		this.decisionDays = settings.decisionDays();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				Integer days = processDays.get(processDefinition.getKey());
				if (days != null) {
					processDefinition.setHistoryTimeToLive(days);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners().add(new DecisionRetention());
	}

	private final class DecisionRetention implements DmnTransformListener {

		@Override
		public void transformDecision(Decision element, DmnDecision decision) {
			Integer days = decisionDays.get(decision.getKey());
			if (days != null && decision instanceof DecisionDefinitionEntity entity) {
				entity.setHistoryTimeToLive(days);
			}
		}

		@Override
		public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
		}

		@Override
		public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
		}

		@Override
		public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
		}

		@Override
		public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
		}

	}

}

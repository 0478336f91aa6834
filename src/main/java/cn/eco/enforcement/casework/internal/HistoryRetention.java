package cn.eco.enforcement.casework.internal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start, after {@link ProcessDeployment}: every deployed version of our processes and decisions
 * gets the history time to live of {@link RetentionSettings}, so versions deployed while a file
 * said {@code P180D} keep case files 30 years too. Where a version's period changed, the removal
 * time of its finished instances is recalculated by a batch (the history clean-up removes by that
 * time), so nothing finished under the old setting is removed early.
 */
@Component
class HistoryRetention implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

	private final RetentionSettings settings;

	private final RepositoryService repository;

	private final HistoryService history;

	private final DeploymentCache cache;

	HistoryRetention(RetentionSettings settings, ProcessEngine engine, ProcessDeployment deployedFirst) {
		this.settings = settings;
		this.repository = engine.getRepositoryService();
		this.history = engine.getHistoryService();
		this.cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
	}

	@Override
	public void afterPropertiesSet() {
		settings.processDays().forEach(this::keepProcess);
		settings.decisionDays().forEach(this::keepDecision);
	}

	private void keepProcess(String key, int days) {
		for (var definition : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
			if (Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
				continue;
			}
			repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
			cache.removeProcessDefinition(definition.getId());
			var finished = history.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId()).finished();
			if (finished.count() > 0) {
				history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byQuery(finished).executeAsync();
			}
			log.info("History of {} v{} kept {} days (was {})", key, definition.getVersion(), days,
					definition.getHistoryTimeToLive());
		}
	}

	private void keepDecision(String key, int days) {
		for (var definition : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list()) {
			if (Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
				continue;
			}
			repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
			cache.removeDecisionDefinition(definition.getId());
			var evaluated = history.createHistoricDecisionInstanceQuery().decisionDefinitionId(definition.getId());
			if (evaluated.count() > 0) {
				history.setRemovalTimeToHistoricDecisionInstances().calculatedRemovalTime().byQuery(evaluated).executeAsync();
			}
			log.info("History of decision {} v{} kept {} days (was {})", key, definition.getVersion(), days,
					definition.getHistoryTimeToLive());
		}
	}

}

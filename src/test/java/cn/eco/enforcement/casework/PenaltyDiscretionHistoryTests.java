package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The discretion benchmark as the case-filing process meets it: deployed from {@code processes/},
 * evaluated by key, and every evaluation kept in history with its inputs and outputs for the
 * case review and legal review (案件审查、法制审核) to trace.
 */
@IntegrationTest
class PenaltyDiscretionHistoryTests {

	private static final String KEY = PenaltyDiscretionTable.KEY;

	@Autowired
	DecisionService decisions;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Test
	void deployedDecisionIsEvaluatedByKeyAndKeepsItsInputsAndOutputsInHistory() {
		List<String> before = historicInstances().stream().map(HistoricDecisionInstance::getId).toList();

		DmnDecisionResult result = decisions.evaluateDecisionByKey(KEY)
			.variables(PenaltyDiscretionTable.given("EXCEEDANCE", "GENERAL", 12, 1, false, true).variables())
			.evaluate();

		assertThat(result.getSingleResult().getEntryMap()).containsEntry("outcome", "PENALTY")
			.containsEntry("discretionGrade", "一般")
			.containsEntry("suggestedFine", 500_000L);
		List<HistoricDecisionInstance> recorded = historicInstances().stream()
			.filter(instance -> !before.contains(instance.getId()))
			.toList();
		assertThat(recorded).hasSize(1);
		HistoricDecisionInstance instance = recorded.get(0);
		assertThat(instance.getDecisionDefinitionName()).isEqualTo("环境行政处罚裁量基准");
		assertThat(instance.getInputs()).extracting(HistoricDecisionInputInstance::getClauseName,
				HistoricDecisionInputInstance::getValue)
			.containsExactlyInAnyOrder(tuple("违法类型", "EXCEEDANCE"), tuple("情节（轻微/一般/严重）", "GENERAL"),
					tuple("违法持续天数", 12), tuple("前两年内已确认违法次数", 1), tuple("初次违法", false),
					tuple("及时改正", true));
		assertThat(instance.getOutputs()).extracting(HistoricDecisionOutputInstance::getVariableName,
				HistoricDecisionOutputInstance::getValue, HistoricDecisionOutputInstance::getRuleId)
			.contains(tuple("outcome", "PENALTY", "Rule_ExceedanceGeneral"),
					tuple("discretionGrade", "一般", "Rule_ExceedanceGeneral"),
					tuple("fineMin", 300_000L, "Rule_ExceedanceGeneral"),
					tuple("fineMax", 700_000L, "Rule_ExceedanceGeneral"),
					tuple("suggestedFine", 500_000L, "Rule_ExceedanceGeneral"))
			.hasSize(6);
		assertThat(instance.getRemovalTime()).as("history kept for the decision's 30-year time to live (app.retention.penalty-discretion)")
			.isCloseTo(Date.from(instance.getEvaluationTime().toInstant().plus(Duration.ofDays(10950))), 1_000);
	}

	@Test
	void deployedDecisionCarriesItsHistoryTimeToLive() {
		DecisionDefinition definition = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(KEY)
			.latestVersion()
			.singleResult();

		assertThat(definition.getHistoryTimeToLive()).isEqualTo(10950);
		assertThat(definition.getResourceName()).isEqualTo("penalty-discretion.dmn");
	}

	private List<HistoricDecisionInstance> historicInstances() {
		return history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(KEY)
			.includeInputs()
			.includeOutputs()
			.list();
	}

}

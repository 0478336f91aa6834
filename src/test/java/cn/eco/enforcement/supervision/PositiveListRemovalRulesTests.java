package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositiveListRemovalRulesTests {

	private final SupervisionRules rules = RuleFixtures.rulesFromProjectFolder();

	@Test
	void confirmedViolationAtAListedFirmProposesRemoval() {
		RemovalProposal proposal = rules.proposeRemoval(trigger("CONFIRMED_VIOLATION", "ONLINE_MONITOR", true)).orElseThrow();

		assertThat(proposal.reason()).isEqualTo("经执法核查确认存在环境违法行为");
		assertThat(proposal.firedRules()).containsExactly("A confirmed violation at a positive-list firm proposes its removal");
		assertThat(proposal.firedRuleLabels()).containsExactly("正面清单企业经核查确认违法，建议移出");
	}

	@Test
	void verifiedComplaintIsNamedAsSuch() {
		assertThat(rules.proposeRemoval(trigger("CONFIRMED_VIOLATION", "COMPLAINT", true)).orElseThrow().reason())
			.isEqualTo("信访投诉经核查属实");
	}

	@Test
	void filedCaseFalsifiedDataAndOverdueRectificationEachProposeRemoval() {
		assertThat(rules.proposeRemoval(trigger("CASE_FILED", null, true))).get()
			.extracting(RemovalProposal::reason).isEqualTo("因环境违法行为被立案查处");
		assertThat(rules.proposeRemoval(trigger("DATA_FALSIFICATION", null, true))).get()
			.extracting(RemovalProposal::reason).isEqualTo("自动监测数据弄虚作假");
		assertThat(rules.proposeRemoval(trigger("RECTIFICATION_OVERDUE", null, true))).get()
			.extracting(RemovalProposal::reason).isEqualTo("未按期完成整改");
	}

	@Test
	void firmNotOnTheListGetsNoProposal() {
		assertThat(rules.proposeRemoval(trigger("CONFIRMED_VIOLATION", "ONLINE_MONITOR", false))).isEmpty();
		assertThat(rules.proposeRemoval(trigger("CASE_FILED", null, false))).isEmpty();
	}

	private static RemovalTrigger trigger(String type, String sourceType, boolean listed) {
		return new RemovalTrigger("ENT-1", type, sourceType, listed);
	}

}

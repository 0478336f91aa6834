package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import cn.eco.enforcement.supervision.internal.DroolsOmInspectionRules;
import cn.eco.enforcement.supervision.internal.RulesConfiguration;
import org.junit.jupiter.api.Test;

/** The third-party O&M inspection rules in {@code rules/om-inspection/}, fired from the project folder. */
class OmInspectionRulesTests {

	private final OmInspectionRules rules = omRules();

	private final SupervisionRules supervision = RuleFixtures.rulesFromProjectFolder();

	@Test
	void keyUnitsAreInspectedMonthlyAndOrdinaryFirmsQuarterly() {
		assertThat(rules.frequencyOf(new OmDeviceFacts("WASTEWATER", "KEY", false)).months()).isEqualTo(1);
		assertThat(rules.frequencyOf(new OmDeviceFacts("WASTEWATER", "ORDINARY", false)))
			.satisfies(f -> assertThat(f.months()).isEqualTo(3))
			.satisfies(f -> assertThat(f.reasons()).containsExactly("一般排污单位：每季度巡检一次"));
	}

	@Test
	void flueGasCemsOfAnOrdinaryFirmIsInspectedEveryTwoMonths() {
		assertThat(rules.frequencyOf(new OmDeviceFacts("FLUE_GAS", "ORDINARY", false)).months()).isEqualTo(2);
	}

	@Test
	void stationsAreInspectedMonthly() {
		assertThat(rules.frequencyOf(new OmDeviceFacts("AMBIENT_AIR", null, false)).months()).isEqualTo(1);
	}

	@Test
	void aLoweredStandingMakesAnOrdinaryFirmsInspectionMonthly() {
		OmFrequency frequency = rules.frequencyOf(new OmDeviceFacts("WASTEWATER", "ORDINARY", true));

		assertThat(frequency.months()).isEqualTo(1);
		assertThat(frequency.reasons()).singleElement().asString().contains("运维信用已降级");
	}

	@Test
	void eachFindingClassGetsItsRectificationDeadline() {
		assertThat(rules.judge(new OmFindingFacts("EQUIPMENT_FAULT", true, 0)).rectificationDays()).isEqualTo(5);
		assertThat(rules.judge(new OmFindingFacts("DATA_ANOMALY", true, 0)).rectificationDays()).isEqualTo(7);
		assertThat(rules.judge(new OmFindingFacts("IRREGULAR_OPERATION", true, 1)).rectificationDays()).isEqualTo(15);
		assertThat(rules.judge(new OmFindingFacts("SUSPECTED_FALSIFICATION", true, 0)).rectificationDays()).isEqualTo(3);
	}

	@Test
	void suspectedFalsificationAloneOpensAnEscalatedLoop() {
		OmFindingDecision falsification = rules.judge(new OmFindingFacts("SUSPECTED_FALSIFICATION", true, 0));

		assertThat(falsification.escalate()).isTrue();
		assertThat(falsification.reasons()).anySatisfy(r -> assertThat(r).contains("建立案源"));
		assertThat(rules.judge(new OmFindingFacts("EQUIPMENT_FAULT", true, 0)).escalate()).isFalse();
		assertThat(rules.judge(new OmFindingFacts("DATA_ANOMALY", true, 0)).escalate()).isFalse();
	}

	@Test
	void theSecondIrregularOperationWithinTwelveMonthsLowersTheStanding() {
		assertThat(rules.judge(new OmFindingFacts("IRREGULAR_OPERATION", true, 1)).lowersStanding()).isFalse();
		assertThat(rules.judge(new OmFindingFacts("IRREGULAR_OPERATION", true, 2)))
			.satisfies(d -> assertThat(d.lowersStanding()).isTrue())
			.satisfies(d -> assertThat(d.reasons()).contains("近 12 个月运维不规范 2 次：降低企业运维信用"));
		assertThat(rules.judge(new OmFindingFacts("IRREGULAR_OPERATION", false, 5)).lowersStanding())
			.as("a station has no enterprise standing").isFalse();
	}

	@Test
	void anAlarmFromAnOmInspectionIsEscalatedEvenForAPositiveListFirm() {
		SupervisionDecision decision = supervision
			.decideMode(new SupervisionCase("OM_INSPECTION", true, true, 0, null, null));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ESCALATED);
		assertThat(decision.firedRuleLabels()).contains("第三方巡检移送的疑似弄虚作假升级处置");
	}

	private static OmInspectionRules omRules() {
		try {
			return new DroolsOmInspectionRules(RulesConfiguration.compile(RuleFixtures.projectRuleFiles()), 2);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

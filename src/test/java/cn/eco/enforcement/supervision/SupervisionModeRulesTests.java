package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupervisionModeRulesTests {

	private final SupervisionRules rules = RuleFixtures.rulesFromProjectFolder();

	@Test
	void placeBasedAlarmIsCheckedOnSiteNotAsAStationAlarm() {
		SupervisionDecision decision = RuleFixtures.rulesFromProjectFolder()
			.decideMode(new SupervisionCase("STRAW_BURNING", false, false, 0, null, null, true));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ON_SITE);
		assertThat(decision.firedRules()).containsExactly("A place-based alarm is checked on site by the township's squadron");
	}

	@Test
	void ordinaryFirmIsHandledOnSite() {
		SupervisionDecision decision = rules.decideMode(enterpriseAlarm(false, 0, 60.0, 50.0));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ON_SITE);
		assertThat(decision.seriousAlarm()).isFalse();
		assertThat(decision.firedRules()).containsExactly("An alarm about an ordinary firm is handled on site");
		assertThat(decision.firedRuleLabels()).containsExactly("一般企业的告警现场处置");
	}

	@Test
	void positiveListFirmWithModerateExceedanceIsVerifiedOffSite() {
		SupervisionDecision decision = rules.decideMode(enterpriseAlarm(true, 0, 60.0, 50.0));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.OFF_SITE);
		assertThat(decision.firedRules())
			.containsExactly("A positive-list firm with a non-serious alarm is verified off site");
		assertThat(decision.firedRuleLabels()).containsExactly("正面清单企业的非严重告警非现场核查");
	}

	@Test
	void positiveListFirmWithSeriousExceedanceIsEscalated() {
		SupervisionDecision decision = rules.decideMode(enterpriseAlarm(true, 0, 100.0, 50.0));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ESCALATED);
		assertThat(decision.seriousAlarm()).isTrue();
		assertThat(decision.firedRules()).containsExactly(
				"An alarm at or above the serious-exceedance ratio of its limit is serious",
				"A serious alarm is escalated");
		assertThat(decision.firedRuleLabels()).containsExactly("超标倍数达到严重告警阈值，判为严重告警", "严重告警升级处置");
	}

	@Test
	void firmWithTwoViolationsInTwelveMonthsIsEscalatedEvenOnThePositiveList() {
		SupervisionDecision decision = rules.decideMode(enterpriseAlarm(true, 2, 55.0, 50.0));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ESCALATED);
		assertThat(decision.reasons()).singleElement().asString().contains("屡查屡犯");
		assertThat(decision.firedRules()).containsExactly("A repeat violator is escalated");
	}

	@Test
	void oneViolationDoesNotMakeARepeatViolator() {
		assertThat(rules.decideMode(enterpriseAlarm(false, 1, 55.0, 50.0)).mode()).isEqualTo(SupervisionMode.ON_SITE);
	}

	@Test
	void positiveListFirmWhoseOmStandingWasLoweredIsVerifiedOnSite() {
		SupervisionDecision decision = rules
			.decideMode(new SupervisionCase("ONLINE_MONITOR", true, true, 0, 60.0, 50.0, false, true));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ON_SITE);
		assertThat(decision.firedRules())
			.containsExactly("A positive-list firm whose O&M standing was lowered is verified on site");
		assertThat(decision.reasons()).singleElement().asString().contains("运维信用已降级");
	}

	@Test
	void loweredOmStandingDoesNotSoftenAnEscalation() {
		assertThat(rules.decideMode(new SupervisionCase("ONLINE_MONITOR", true, true, 0, 100.0, 50.0, false, true)).mode())
			.isEqualTo(SupervisionMode.ESCALATED);
		assertThat(rules.decideMode(new SupervisionCase("ONLINE_MONITOR", true, true, 2, 55.0, 50.0, false, true)).mode())
			.isEqualTo(SupervisionMode.ESCALATED);
	}

	@Test
	void complaintAboutPositiveListFirmIsStillVerifiedOnSite() {
		SupervisionDecision decision = rules
			.decideMode(new SupervisionCase("COMPLAINT", true, true, 0, null, null));

		assertThat(decision.mode()).isEqualTo(SupervisionMode.ON_SITE);
	}

	@Test
	void seriousAmbientStationAlarmIsEscalatedAndModerateOneHandledOnSite() {
		assertThat(rules.decideMode(new SupervisionCase("AMBIENT_STATION", false, false, 0, 160.0, 75.0)).mode())
			.isEqualTo(SupervisionMode.ESCALATED);
		assertThat(rules.decideMode(new SupervisionCase("AMBIENT_STATION", false, false, 0, 90.0, 75.0)).mode())
			.isEqualTo(SupervisionMode.ON_SITE);
	}

	@Test
	void repeatThresholdIsConfigurable() {
		SupervisionRules strict = RuleFixtures.rulesFromProjectFolder(new SupervisionPolicy(1, 2.0));

		assertThat(strict.decideMode(enterpriseAlarm(false, 1, 55.0, 50.0)).mode())
			.isEqualTo(SupervisionMode.ESCALATED);
	}

	private static SupervisionCase enterpriseAlarm(boolean positiveList, int violations, Double value, Double limit) {
		return new SupervisionCase("ONLINE_MONITOR", true, positiveList, violations, value, limit);
	}

}

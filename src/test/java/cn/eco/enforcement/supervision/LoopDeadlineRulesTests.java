package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The deadline rules of {@code rules/deadlines/loop-deadlines.drl}, fired from the project folder. */
class LoopDeadlineRulesTests {

	private final SupervisionRules rules = RuleFixtures.rulesFromProjectFolder();

	private final DeadlinePolicy policy = new DeadlinePolicy(Duration.ofHours(2), Duration.ofDays(3),
			Duration.ofMinutes(30), Duration.ofDays(1), Duration.ofMinutes(30), Duration.ofHours(2),
			DeadlinePolicy.parseSeasons("05-15/06-30,09-15/11-30"));

	@Test
	void strawBurningInTheAutumnBurningSeasonMustBeReachedWithinTwoHours() {
		LoopDeadlineDecision due = rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 1015), policy);

		assertThat(due.handling()).isEqualTo(Duration.ofHours(2));
		assertThat(due.signFor()).isEqualTo(Duration.ofMinutes(30));
		assertThat(due.firedRules()).contains("Straw burning in the burning season is reached within the reach-site deadline");
		assertThat(due.firedRuleLabels()).contains("禁烧期秸秆焚烧限时到达现场");
		assertThat(String.join("；", due.reasons())).contains("9月15日至11月30日", "处置时限 2 小时", "签收时限 30 分钟");
	}

	@Test
	void theFirstAndLastDayOfASeasonAreInIt() {
		assertThat(rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 515), policy).handling())
			.isEqualTo(Duration.ofHours(2));
		assertThat(rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 630), policy).handling())
			.isEqualTo(Duration.ofHours(2));
		assertThat(rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 701), policy).handling())
			.isEqualTo(Duration.ofDays(3));
	}

	@Test
	void strawBurningOutOfSeasonGetsTheOrdinaryDeadlines() {
		LoopDeadlineDecision due = rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 301), policy);

		assertThat(due.signFor()).isEqualTo(Duration.ofHours(2));
		assertThat(due.handling()).isEqualTo(Duration.ofDays(3));
		assertThat(due.firedRules()).containsExactly("An alarm gets the ordinary loop deadlines");
	}

	@Test
	void otherSourcesInTheBurningSeasonKeepTheirDeadlines() {
		assertThat(rules.decideDeadlines(new DeadlineCase("VIDEO_PATROL", false, 1015), policy).handling())
			.isEqualTo(Duration.ofDays(3));
		assertThat(rules.decideDeadlines(new DeadlineCase("COMPLAINT", false, 1015), policy).handling())
			.isEqualTo(Duration.ofDays(3));
	}

	@Test
	void escalatedAlarmsGetTheShorterDeadlinesAndTheShortestOfEachWins() {
		assertThat(rules.decideDeadlines(new DeadlineCase("ONLINE_MONITOR", true, 1015), policy))
			.extracting(LoopDeadlineDecision::signFor, LoopDeadlineDecision::handling)
			.containsExactly(Duration.ofMinutes(30), Duration.ofDays(1));
		LoopDeadlineDecision escalatedFire = rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", true, 1015), policy);
		assertThat(escalatedFire.signFor()).isEqualTo(Duration.ofMinutes(30));
		assertThat(escalatedFire.handling()).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aConfiguredSeasonOverTheNewYearCoversBothEnds() {
		DeadlinePolicy winter = new DeadlinePolicy(Duration.ofHours(2), Duration.ofDays(3), Duration.ofMinutes(30),
				Duration.ofDays(1), Duration.ofMinutes(20), Duration.ofHours(1), DeadlinePolicy.parseSeasons("12-01/02-28"));

		assertThat(rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 1220), winter).handling())
			.isEqualTo(Duration.ofHours(1));
		assertThat(rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 110), winter).signFor())
			.isEqualTo(Duration.ofMinutes(20));
		assertThat(rules.decideDeadlines(new DeadlineCase("STRAW_BURNING", false, 310), winter).handling())
			.isEqualTo(Duration.ofDays(3));
	}

	@Test
	void aMalformedSeasonIsRefusedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlinePolicy.parseSeasons("05-15-06-30"))
			.withMessageContaining("05-15-06-30");
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlinePolicy.parseSeasons("02-30/03-10"))
			.withMessageContaining("02-30/03-10");
	}

}

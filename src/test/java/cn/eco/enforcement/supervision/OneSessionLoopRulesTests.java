package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The loop's three decisions taken in one rules session ({@link SupervisionRules#decideLoop}) come
 * out exactly as from three sessions: same mode, assignee and deadlines, same fired rules with the
 * same Chinese labels, each decision with only its own rules. Fired from the project's DRL files.
 */
class OneSessionLoopRulesTests {

	private final SupervisionRules rules = RuleFixtures.rulesFromProjectFolder();

	private final DeadlinePolicy policy = new DeadlinePolicy(Duration.ofHours(2), Duration.ofDays(3),
			Duration.ofMinutes(30), Duration.ofDays(1), Duration.ofMinutes(30), Duration.ofHours(2),
			DeadlinePolicy.parseSeasons("05-15/06-30,09-15/11-30"));

	@Test
	void aSeriousAlarmAtAnOrdinaryFirmIsDecidedAsByThreeSessions() {
		sameAsThreeSessions(new SupervisionCase("ONLINE_MONITOR", true, false, 0, 120.0, 50.0, false),
				new AssignmentCase("ENT-1", null, "wangqiang", true, "liuyang", true, "SQ1"), "ONLINE_MONITOR", 1015);
	}

	@Test
	void aPositiveListFirmWithAnAbsentInspectorIsDecidedAsByThreeSessions() {
		sameAsThreeSessions(new SupervisionCase("ONLINE_MONITOR", true, true, 0, 55.0, 50.0, false, false),
				new AssignmentCase("ENT-1", null, "sunhao", false, "liuyang", true, "SQ1"), "ONLINE_MONITOR", 301);
	}

	@Test
	void strawBurningInTheSeasonAtAPlaceIsDecidedAsByThreeSessions() {
		sameAsThreeSessions(new SupervisionCase("STRAW_BURNING", false, false, 0, null, null, true),
				new AssignmentCase(null, "ST-TZW", null, false, null, false, "SQ2"), "STRAW_BURNING", 1015);
	}

	private void sameAsThreeSessions(SupervisionCase alarm, AssignmentCase assignment, String sourceType, int monthDay) {
		SupervisionDecision mode = rules.decideMode(alarm);
		GridAssignment grid = rules.assign(assignment);
		LoopDeadlineDecision due = rules.decideDeadlines(
				new DeadlineCase(sourceType, mode.mode() == SupervisionMode.ESCALATED, monthDay), policy);

		LoopDecision one = rules.decideLoop(alarm, assignment,
				decided -> new DeadlineCase(sourceType, decided.mode() == SupervisionMode.ESCALATED, monthDay), policy);

		assertThat(one.supervision()).isEqualTo(mode);
		assertThat(one.assignment()).isEqualTo(grid);
		assertThat(one.deadlines()).isEqualTo(due);
		assertThat(one.supervision().firedRuleLabels()).isNotEmpty().doesNotContainAnyElementsOf(grid.firedRuleLabels());
		assertThat(List.of(one.assignment().firedRuleLabels(), one.deadlines().firedRuleLabels())).allSatisfy(
				labels -> assertThat(labels).isNotEmpty());
	}

}

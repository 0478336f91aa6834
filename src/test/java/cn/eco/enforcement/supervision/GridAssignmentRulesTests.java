package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridAssignmentRulesTests {

	@Test
	void tracedStationAlarmGoesToTheResponsibleInspectorOfTheTopSource() {
		GridAssignment assignment = rules
			.assign(new AssignmentCase(null, "ST-TZW", "wangqiang", true, "liuyang", true, "SQ1", "ENT-1"));

		assertThat(assignment.assignee()).isEqualTo("wangqiang");
		assertThat(assignment.reason()).contains("ENT-1");
		assertThat(assignment.firedRules())
			.containsExactly("A traced station alarm goes to the responsible inspector of the most likely source");
	}

	@Test
	void tracedStationAlarmWhoseSourceInspectorIsAbsentGoesToTheSquadron() {
		assertThat(rules.assign(new AssignmentCase(null, "ST-TZW", "sunhao", false, null, false, "SQ2", "ENT-1")).assignee())
			.isNull();
	}

	private final SupervisionRules rules = RuleFixtures.rulesFromProjectFolder();

	@Test
	void placeBasedAlarmIsOfferedToTheSquadronOfItsTownship() {
		GridAssignment assignment = rules.assign(AssignmentCase.place("TS-XC-WOLONG", "XY-XC-SQ1"));

		assertThat(assignment.assignee()).isNull();
		assertThat(assignment.squadronCode()).isEqualTo("XY-XC-SQ1");
		assertThat(assignment.reason()).contains("TS-XC-WOLONG");
		assertThat(assignment.firedRules())
			.containsExactly("A place-based alarm goes to the squadron of the township the place lies in");
	}

	@Test
	void responsibleInspectorTakesTheAlarm() {
		GridAssignment assignment = rules
			.assign(new AssignmentCase("ENT-1", null, "wangqiang", true, "liuyang", true, "SQ1"));

		assertThat(assignment.assignee()).isEqualTo("wangqiang");
		assertThat(assignment.squadronCode()).isEqualTo("SQ1");
		assertThat(assignment.firedRules()).containsExactly("The enterprise's responsible inspector takes the alarm");
		assertThat(assignment.firedRuleLabels()).containsExactly("企业责任网格员承接告警");
	}

	@Test
	void deputyTakesTheAlarmWhenTheResponsibleInspectorIsOnLeave() {
		GridAssignment assignment = rules
			.assign(new AssignmentCase("ENT-1", null, "sunhao", false, "liuyang", true, "SQ1"));

		assertThat(assignment.assignee()).isEqualTo("liuyang");
		assertThat(assignment.firedRules())
			.containsExactly("The deputy inspector takes the alarm when the responsible inspector is absent");
	}

	@Test
	void deputyTakesTheAlarmWhenNoResponsibleInspectorIsNamed() {
		assertThat(rules.assign(new AssignmentCase("ENT-1", null, null, false, "liuyang", true, "SQ1")).assignee())
			.isEqualTo("liuyang");
	}

	@Test
	void squadronTakesTheAlarmWhenNeitherInspectorIsAvailable() {
		GridAssignment assignment = rules
			.assign(new AssignmentCase("ENT-1", null, "sunhao", false, null, false, "SQ1"));

		assertThat(assignment.assignee()).isNull();
		assertThat(assignment.squadronCode()).isEqualTo("SQ1");
	}

	@Test
	void stationAlarmGoesToTheSquadronOfTheStationsTownship() {
		GridAssignment assignment = rules.assign(new AssignmentCase(null, "ST-TZW", null, false, null, false, "SQ2"));

		assertThat(assignment.assignee()).isNull();
		assertThat(assignment.squadronCode()).isEqualTo("SQ2");
		assertThat(assignment.firedRules())
			.containsExactly("A station alarm goes to the squadron of the station's township");
	}

}

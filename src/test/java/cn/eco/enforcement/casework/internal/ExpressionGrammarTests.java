package cn.eco.enforcement.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionGrammarTests {

	private final ExpressionGrammar grammar = new ExpressionGrammar(Set.of("loopProgress.handled"));

	@ParameterizedTest
	@ValueSource(strings = { "${assignee}", "${investigator1},${investigator2}", "${supervisionMode == 'OFF_SITE'}",
			"${!onSiteVisitNeeded}", "${hearingRight and hearingRequested}",
			"${investigatedBy == investigator1 ? investigator2 : investigator1}", "${loopProgress.handled(task)}",
			"#{a >= 3 || empty b}", "${fine * 2 > 100}", "${now()}", "PT4H", "text with no expression",
			"${caseOutcome == \"PENALTY\"}", "${'a}b' == x}" })
	void allowsWhatOurProcessesAndAModelerEditWrite(String text) {
		assertThat(grammar.refusalOf(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${''.getClass().forName('java.lang.Runtime')}", "${execution.getProcessEngineServices()}",
			"${execution.processEngine}", "${dataSource.getConnection()}", "${loopProgress.other(task)}",
			"${x[0]}", "${fn:concat(a, b)}", "${System.exit(0)}", "${(a).getClass()}", "${now().plusDays(1)}",
			"${a = 1}", "${a; b}", "${unfinished", "${}", "${'unterminated}" })
	void refusesWhatReachesBeyondVariables(String text) {
		assertThat(grammar.refusalOf(text)).isNotNull();
	}

}

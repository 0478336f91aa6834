package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import cn.eco.enforcement.casework.PenaltyDiscretionCases.Case;
import cn.eco.enforcement.casework.PenaltyDiscretionCases.Expected;
import cn.eco.enforcement.casework.PenaltyDiscretionTable.Evaluation;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of the discretion benchmark ({@code processes/penalty-discretion.dmn}, evaluated by the
 * standalone DMN engine straight from the file supervisors edit) is hit by a case of
 * {@link PenaltyDiscretionCases} and answers what that case expects; the table keeps the names the
 * case-filing process relies on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PenaltyDiscretionTableTests {

	private final PenaltyDiscretionTable table = new PenaltyDiscretionTable();

	@ParameterizedTest(name = "{0}")
	@MethodSource("cn.eco.enforcement.casework.PenaltyDiscretionCases#all")
	void eachCaseHitsExactlyItsRowAndGetsThatRowsOutputs(Case c) {
		Evaluation evaluation = table.evaluate(c.inputs());

		assertThat(evaluation.matchedRules()).containsExactly(c.ruleId());
		Expected expected = c.expected();
		assertThat(evaluation.outputs()).containsEntry("outcome", expected.outcome())
			.containsEntry("discretionGrade", expected.discretionGrade())
			.containsEntry("fineMin", expected.fineMin())
			.containsEntry("fineMax", expected.fineMax())
			.containsEntry("suggestedFine", expected.suggestedFine());
		assertThat((String) evaluation.outputs().get("basis")).contains(expected.basisMentions());
	}

	@Test
	void everyRowOfTheTableIsHitByACase() {
		List<String> hit = PenaltyDiscretionCases.all()
			.stream()
			.flatMap(c -> table.evaluate(c.inputs()).matchedRules().stream())
			.toList();

		assertThat(table.model().getRules()).extracting(Rule::getId)
			.hasSizeGreaterThan(20)
			.filteredOn(row -> !hit.contains(row))
			.as("rows of penalty-discretion.dmn without a case in PenaltyDiscretionCases")
			.isEmpty();
	}

	@Test
	void everyRowExplainsItselfInTheAnnotationColumn() {
		assertThat(table.model().getRules()).allSatisfy(row -> assertThat(row.getDescription()).as(row.getId())
			.isNotNull()
			.extracting(description -> description.getTextContent())
			.asString()
			.containsPattern("\\p{IsHan}"));
	}

	@Test
	void decisionKeepsTheNamesTheCaseFilingProcessCallsItBy() throws IOException {
		DecisionTable model = table.model();
		Decision decision = (Decision) model.getParentElement();

		assertThat(decision.getId()).isEqualTo("penalty-discretion");
		assertThat(decision.getName()).isEqualTo("环境行政处罚裁量基准");
		assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P10950D");
		assertThat(model.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
		assertThat(model.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent(),
				i -> i.getInputExpression().getTypeRef())
			.containsExactly(tuple("violationType", "string"), tuple("severity", "string"),
					tuple("durationDays", "integer"), tuple("repeatCount", "integer"),
					tuple("firstViolation", "boolean"), tuple("correctedPromptly", "boolean"));
		assertThat(model.getInputs()).allSatisfy(i -> assertThat(i.getLabel()).containsPattern("\\p{IsHan}"));
		assertThat(model.getOutputs()).extracting(Output::getName, Output::getTypeRef)
			.containsExactlyInAnyOrder(tuple("outcome", "string"), tuple("discretionGrade", "string"),
					tuple("fineMin", "long"), tuple("fineMax", "long"), tuple("suggestedFine", "long"),
					tuple("basis", "string"));
		assertThat(model.getOutputs()).allSatisfy(o -> assertThat(o.getLabel()).containsPattern("\\p{IsHan}"));
		assertThat(Files.readString(PenaltyDiscretionTable.FILE)).as("diagram shape Camunda Modeler opens the file with")
			.contains("<dmndi:DMNShape", "dmnElementRef=\"penalty-discretion\"");
	}

}

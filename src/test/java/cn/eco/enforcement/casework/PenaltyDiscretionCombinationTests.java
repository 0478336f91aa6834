package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import cn.eco.enforcement.casework.PenaltyDiscretionTable.Evaluation;
import cn.eco.enforcement.casework.PenaltyDiscretionTable.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The discretion benchmark over a grid of inputs: whatever an officer enters, exactly one row answers,
 * and the answers keep the policy (no exemption for repeaters or deliberate evasion, aggravation for
 * serious, long or repeated violations, a simplified-procedure fine only for minor "other" cases).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PenaltyDiscretionCombinationTests {

	private static final List<String> LISTED_TYPES = List.of("EXCEEDANCE", "MONITORING_EQUIPMENT",
			"DATA_FALSIFICATION", "EVASION", "HAZARDOUS_WASTE", "NO_PERMIT", "OTHER");

	private final PenaltyDiscretionTable table = new PenaltyDiscretionTable();

	private final Map<Inputs, Evaluation> answers = new LinkedHashMap<>();

	@BeforeAll
	void evaluateEveryCombination() {
		combinations().forEach(inputs -> answers.put(inputs, table.evaluate(inputs)));
	}

	@Test
	void everyCombinationHitsExactlyOneRow() {
		assertThat(answers).hasSize(8 * 3 * 3 * 4 * 2 * 2)
			.allSatisfy((inputs, answer) -> assertThat(answer.matchedRules()).as(inputs.toString()).hasSize(1));
	}

	@Test
	void amountsAgreeWithTheOutcome() {
		answers.forEach((inputs, answer) -> {
			if (answer.exempt()) {
				assertThat(answer.outputs()).as(inputs.toString())
					.containsEntry("discretionGrade", "不予处罚")
					.containsEntry("fineMin", 0L)
					.containsEntry("fineMax", 0L)
					.containsEntry("suggestedFine", 0L);
			}
			else {
				assertThat(answer.outputs()).as(inputs.toString()).containsEntry("outcome", "PENALTY");
				assertThat(answer.outputs().get("discretionGrade")).as(inputs.toString()).isIn("从轻", "一般", "从重");
				assertThat(answer.fine("fineMin")).as(inputs.toString())
					.isPositive()
					.isLessThanOrEqualTo(answer.fine("suggestedFine"));
				assertThat(answer.fine("suggestedFine")).as(inputs.toString()).isLessThanOrEqualTo(answer.fine("fineMax"));
			}
		});
	}

	@Test
	void onlyAMinorPromptlyCorrectedViolationWithoutRecentRecordGoesUnpunished() {
		assertThat(where(Evaluation::exempt)).isNotEmpty().allSatisfy((inputs, answer) -> {
			assertThat(inputs.violationType()).isIn(LISTED_TYPES).isNotIn("DATA_FALSIFICATION", "EVASION");
			assertThat(inputs.severity()).isEqualTo("MINOR");
			assertThat(inputs.correctedPromptly()).isTrue();
			assertThat(inputs.repeatCount()).isZero();
			assertThat(inputs.durationDays()).isLessThan(30);
		});
	}

	@Test
	void seriousProlongedOrRepeatedViolationsOfAListedTypeAreAggravated() {
		answers.forEach((inputs, answer) -> {
			boolean aggravating = "SERIOUS".equals(inputs.severity()) || atLeast(inputs.repeatCount(), 2)
					|| atLeast(inputs.durationDays(), 30);
			if (isOneOf(inputs.violationType(), LISTED_TYPES) && aggravating) {
				assertThat(answer.outputs()).as(inputs.toString()).containsEntry("discretionGrade", "从重");
			}
		});
	}

	@Test
	void falsifiedDataAndEvasionAreAlwaysFinedFromTheHeavierBracket() {
		answers.forEach((inputs, answer) -> {
			if (isOneOf(inputs.violationType(), List.of("DATA_FALSIFICATION", "EVASION"))) {
				assertThat(answer.exempt()).as(inputs.toString()).isFalse();
				assertThat(answer.fine("fineMin")).as(inputs.toString()).isGreaterThanOrEqualTo(500_000);
			}
		});
	}

	@Test
	void onlyAMinorOtherViolationGetsAFineSmallEnoughForTheSimplifiedProcedure() {
		Map<Inputs, Evaluation> small = where(answer -> !answer.exempt() && answer.fine("fineMax") <= 3_000);

		assertThat(small).isNotEmpty().allSatisfy((inputs, answer) -> {
			assertThat(inputs.violationType()).isEqualTo("OTHER");
			assertThat(inputs.severity()).isEqualTo("MINOR");
			assertThat(answer.matchedRules()).containsExactly("Rule_OtherLenient");
		});
	}

	private Map<Inputs, Evaluation> where(Predicate<Evaluation> condition) {
		Map<Inputs, Evaluation> matching = new LinkedHashMap<>();
		answers.forEach((inputs, answer) -> {
			if (condition.test(answer)) {
				matching.put(inputs, answer);
			}
		});
		return matching;
	}

	private static boolean isOneOf(String value, List<String> values) {
		return value != null && values.contains(value);
	}

	private static boolean atLeast(Integer value, int threshold) {
		return value != null && value >= threshold;
	}

	/**
	 * Every listed type, severity and flag, both sides of the day and count thresholds, and a missing
	 * type, duration and count: about 1,200 evaluations, kept small because the FEEL engine parses each
	 * entry on every evaluation. Cases in {@link PenaltyDiscretionCases} cover an unlisted type and all
	 * inputs missing.
	 */
	private static Stream<Inputs> combinations() {
		List<String> types = new ArrayList<>(LISTED_TYPES);
		types.add(null);
		List<String> severities = List.of("MINOR", "GENERAL", "SERIOUS");
		List<Integer> days = Arrays.asList(29, 30, null);
		List<Integer> counts = Arrays.asList(0, 1, 2, null);
		List<Boolean> flags = List.of(true, false);
		return types.stream()
			.flatMap(t -> severities.stream()
				.flatMap(s -> days.stream()
					.flatMap(d -> counts.stream()
						.flatMap(r -> flags.stream()
							.flatMap(f -> flags.stream()
								.map(c -> PenaltyDiscretionTable.given(t, s, d, r, f, c)))))));
	}

}

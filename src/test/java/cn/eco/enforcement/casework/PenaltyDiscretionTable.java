package cn.eco.enforcement.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/**
 * {@code processes/penalty-discretion.dmn} read from the project folder, as supervisors edit it, and
 * evaluated by the standalone Camunda DMN engine with a listener that records which rows matched.
 * Not thread-safe: one instance per test class.
 */
final class PenaltyDiscretionTable {

	static final Path FILE = Path.of("processes/penalty-discretion.dmn");

	static final String KEY = "penalty-discretion";

	private final List<String> matchedRules = new ArrayList<>();

	private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
		.customPostDecisionEvaluationListeners(List.<DmnDecisionEvaluationListener>of(this::recordMatchedRules))
		.buildEngine();

	private final DmnDecision decision;

	private final DecisionTable model;

	PenaltyDiscretionTable() {
		try (InputStream dmn = Files.newInputStream(FILE)) {
			this.decision = engine.parseDecision(KEY, dmn);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.model = (DecisionTable) Dmn.readModelFromFile(FILE.toFile())
			.<Decision>getModelElementById(KEY)
			.getExpression();
	}

	/** The table as Camunda Modeler shows it: inputs, outputs, rows and their annotations. */
	DecisionTable model() {
		return model;
	}

	Evaluation evaluate(Inputs inputs) {
		matchedRules.clear();
		DmnDecisionResultEntries result = engine.evaluateDecision(decision, inputs.variables()).getSingleResult();
		return new Evaluation(List.copyOf(matchedRules), result == null ? Map.of() : result.getEntryMap());
	}

	static Inputs given(String violationType, String severity, Integer durationDays, Integer repeatCount,
			Boolean firstViolation, Boolean correctedPromptly) {
		return new Inputs(violationType, severity, durationDays, repeatCount, firstViolation, correctedPromptly);
	}

	private void recordMatchedRules(DmnDecisionEvaluationEvent event) {
		((DmnDecisionTableEvaluationEvent) event.getDecisionResult()).getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.forEach(matchedRules::add);
	}

	/** The six process variables the case-filing process passes to the decision; any may be missing. */
	record Inputs(String violationType, String severity, Integer durationDays, Integer repeatCount,
			Boolean firstViolation, Boolean correctedPromptly) {

		Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			variables.put("violationType", violationType);
			variables.put("severity", severity);
			variables.put("durationDays", durationDays);
			variables.put("repeatCount", repeatCount);
			variables.put("firstViolation", firstViolation);
			variables.put("correctedPromptly", correctedPromptly);
			return variables;
		}

	}

	/** The rows that matched (with hit policy FIRST, at most one) and the outputs by name. */
	record Evaluation(List<String> matchedRules, Map<String, Object> outputs) {

		boolean exempt() {
			return "NO_PENALTY".equals(outputs.get("outcome"));
		}

		long fine(String name) {
			return (Long) outputs.get(name);
		}

	}

}

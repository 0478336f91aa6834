package cn.eco.enforcement.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import cn.eco.enforcement.supervision.AssignmentCase;
import cn.eco.enforcement.supervision.DeadlineCase;
import cn.eco.enforcement.supervision.DeadlinePolicy;
import cn.eco.enforcement.supervision.LoopDeadlineDecision;
import cn.eco.enforcement.supervision.GridAssignment;
import cn.eco.enforcement.supervision.LoopDecision;
import cn.eco.enforcement.supervision.SupervisionCase;
import cn.eco.enforcement.supervision.SupervisionDecision;
import cn.eco.enforcement.supervision.SupervisionMode;
import cn.eco.enforcement.supervision.SupervisionPolicy;
import cn.eco.enforcement.supervision.SupervisionRules;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Label;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Runs the DRL rules in a fresh session per decision and reads the inserted decisions back. */
public class DroolsSupervisionRules implements SupervisionRules {

	/** Escalation beats on-site handling, which beats off-site verification. */
	private static final Comparator<ModeProposal> STRENGTH = Comparator.comparingInt(p -> switch (p.mode()) {
		case ESCALATED -> 3;
		case ON_SITE -> 2;
		case OFF_SITE -> 1;
	});

	private final KieBase kieBase;

	private final SupervisionPolicy policy;

	public DroolsSupervisionRules(KieBase kieBase, SupervisionPolicy policy) {
		this.kieBase = kieBase;
		this.policy = policy;
	}

	@Override
	public SupervisionDecision decideMode(SupervisionCase alarm) {
		return modeOf(alarm, fire(alarm, policy));
	}

	@Override
	public LoopDeadlineDecision decideDeadlines(DeadlineCase alarm, DeadlinePolicy policy) {
		return deadlinesOf(alarm, fire(deadlineFacts(alarm, policy)));
	}

	@Override
	public GridAssignment assign(AssignmentCase alarm) {
		return assignmentOf(alarm, fire(alarm));
	}

	/**
	 * One session, three rounds: the supervision facts, then the assignment case, then the deadline
	 * facts, each followed by {@code fireAllRules}. The rule sets match disjoint fact types, so each
	 * round fires exactly the rules a separate session would, and each decision keeps only its own
	 * round's fired rules.
	 */
	@Override
	public LoopDecision decideLoop(SupervisionCase alarm, AssignmentCase assignment,
			Function<SupervisionDecision, DeadlineCase> deadlineCase, DeadlinePolicy deadlinePolicy) {
		KieSession session = kieBase.newKieSession();
		try {
			List<Rule> fired = new ArrayList<>();
			session.addEventListener(new DefaultAgendaEventListener() {
				@Override
				public void afterMatchFired(AfterMatchFiredEvent event) {
					fired.add(event.getMatch().getRule());
				}
			});
			SupervisionDecision supervision = modeOf(alarm, round(session, fired, alarm, policy));
			GridAssignment grid = assignmentOf(assignment, round(session, fired, assignment));
			DeadlineCase due = deadlineCase.apply(supervision);
			LoopDeadlineDecision deadlines = deadlinesOf(due, round(session, fired, deadlineFacts(due, deadlinePolicy)));
			return new LoopDecision(supervision, grid, deadlines);
		}
		finally {
			session.dispose();
		}
	}

	private SupervisionDecision modeOf(SupervisionCase alarm, Outcome outcome) {
		List<ModeProposal> proposals = outcome.all(ModeProposal.class);
		SupervisionMode mode = proposals.stream()
			.max(STRENGTH)
			.map(ModeProposal::mode)
			.orElseThrow(() -> new IllegalStateException("No supervision rule matched " + alarm));
		List<String> reasons = proposals.stream().filter(p -> p.mode() == mode).map(ModeProposal::reason).toList();
		boolean serious = !outcome.all(SeriousAlarm.class).isEmpty();
		return new SupervisionDecision(mode, serious, reasons, outcome.firedRules(), outcome.labels());
	}

	private static Object[] deadlineFacts(DeadlineCase alarm, DeadlinePolicy policy) {
		List<Object> facts = new ArrayList<>(List.of(alarm, policy));
		facts.addAll(policy.burningSeasons());
		return facts.toArray();
	}

	private static LoopDeadlineDecision deadlinesOf(DeadlineCase alarm, Outcome outcome) {
		List<DeadlineProposal> proposals = outcome.all(DeadlineProposal.class);
		DeadlineProposal signFor = proposals.stream()
			.min(Comparator.comparing(DeadlineProposal::signFor))
			.orElseThrow(() -> new IllegalStateException("No deadline rule matched " + alarm));
		DeadlineProposal handling = proposals.stream().min(Comparator.comparing(DeadlineProposal::handling)).orElseThrow();
		List<String> reasons = new ArrayList<>();
		reasons.add(signFor.reason() + "：签收时限 " + DeadlinePolicy.chinese(signFor.signFor()));
		reasons.add(handling.reason() + "：处置时限 " + DeadlinePolicy.chinese(handling.handling()));
		return new LoopDeadlineDecision(signFor.signFor(), handling.handling(), reasons, outcome.firedRules(),
				outcome.labels());
	}

	private static GridAssignment assignmentOf(AssignmentCase alarm, Outcome outcome) {
		AssigneeProposal proposal = outcome.all(AssigneeProposal.class)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No grid rule matched " + alarm));
		return new GridAssignment(proposal.assignee(), alarm.squadronCode(), proposal.reason(), outcome.firedRules(),
				outcome.labels());
	}

	/** Inserts the facts, fires, and returns what this round added and fired. */
	private static Outcome round(KieSession session, List<Rule> fired, Object... facts) {
		int firedBefore = fired.size();
		java.util.Set<Object> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		before.addAll(session.getObjects());
		for (Object fact : facts) {
			session.insert(fact);
		}
		session.fireAllRules();
		List<Object> added = session.getObjects().stream().filter(o -> !before.contains(o)).map(Object.class::cast).toList();
		List<Rule> rules = fired.subList(firedBefore, fired.size());
		return new Outcome(added, rules.stream().map(Rule::getName).toList(),
				rules.stream().map(DroolsSupervisionRules::labelOf).toList());
	}

	@Override
	public java.util.Optional<cn.eco.enforcement.supervision.RemovalProposal> proposeRemoval(
			cn.eco.enforcement.supervision.RemovalTrigger trigger) {
		Outcome outcome = fire(trigger);
		List<String> reasons = outcome.all(RemovalReason.class).stream().map(RemovalReason::reason).toList();
		return reasons.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(new cn.eco.enforcement.supervision.RemovalProposal(trigger.enterpriseCode(),
						String.join("；", reasons), outcome.firedRules(), outcome.labels()));
	}

	private Outcome fire(Object... facts) {
		KieSession session = kieBase.newKieSession();
		try {
			List<String> fired = new ArrayList<>();
			List<String> labels = new ArrayList<>();
			session.addEventListener(new DefaultAgendaEventListener() {
				@Override
				public void afterMatchFired(AfterMatchFiredEvent event) {
					Rule rule = event.getMatch().getRule();
					fired.add(rule.getName());
					labels.add(labelOf(rule));
				}
			});
			for (Object fact : facts) {
				session.insert(fact);
			}
			session.fireAllRules();
			return new Outcome(List.copyOf(session.getObjects()), List.copyOf(fired), List.copyOf(labels));
		}
		finally {
			session.dispose();
		}
	}

	/**
	 * The rule's {@code @label("…")}, the Chinese name people read; its name when it has none. Drools
	 * resolves {@code @label} to its own {@link Label} annotation and keys the metadata by that class.
	 */
	public static String labelOf(Rule rule) {
		Object label = rule.getMetaData().getOrDefault(Label.class.getName(), rule.getMetaData().get("label"));
		return label == null || label.toString().isBlank() ? rule.getName() : label.toString();
	}

	private record Outcome(List<Object> facts, List<String> firedRules, List<String> labels) {

		<T> List<T> all(Class<T> type) {
			return facts.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

}

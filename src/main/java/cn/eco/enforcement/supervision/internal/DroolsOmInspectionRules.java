package cn.eco.enforcement.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.eco.enforcement.supervision.OmDeviceFacts;
import cn.eco.enforcement.supervision.OmFindingDecision;
import cn.eco.enforcement.supervision.OmFindingFacts;
import cn.eco.enforcement.supervision.OmFrequency;
import cn.eco.enforcement.supervision.OmInspectionRules;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Runs the O&M inspection rules in a fresh session per decision; the shortest interval and deadline win. */
public class DroolsOmInspectionRules implements OmInspectionRules {

	private final KieBase kieBase;

	private final OmPolicy policy;

	public DroolsOmInspectionRules(KieBase kieBase, int irregularOperationThreshold) {
		this.kieBase = kieBase;
		this.policy = new OmPolicy(irregularOperationThreshold);
	}

	@Override
	public OmFrequency frequencyOf(OmDeviceFacts device) {
		List<Object> facts = fire(device);
		OmFrequencyProposal shortest = all(facts, OmFrequencyProposal.class).stream()
			.min(Comparator.comparingInt(OmFrequencyProposal::months))
			.orElseThrow(() -> new IllegalStateException("No O&M frequency rule matched " + device));
		return new OmFrequency(shortest.months(), all(facts, OmFrequencyProposal.class).stream()
			.filter(p -> p.months() == shortest.months())
			.map(OmFrequencyProposal::reason)
			.toList());
	}

	@Override
	public OmFindingDecision judge(OmFindingFacts finding) {
		List<Object> facts = fire(finding, policy);
		OmRectificationDeadline deadline = all(facts, OmRectificationDeadline.class).stream()
			.min(Comparator.comparingInt(OmRectificationDeadline::days))
			.orElseThrow(() -> new IllegalStateException("No O&M finding rule matched " + finding));
		List<String> reasons = new ArrayList<>(List.of(deadline.reason()));
		all(facts, OmEscalation.class).forEach(e -> reasons.add(e.reason()));
		all(facts, OmStandingLowered.class).forEach(s -> reasons.add(s.reason()));
		return new OmFindingDecision(deadline.days(), !all(facts, OmEscalation.class).isEmpty(),
				!all(facts, OmStandingLowered.class).isEmpty(), reasons);
	}

	private List<Object> fire(Object... facts) {
		KieSession session = kieBase.newKieSession();
		try {
			for (Object fact : facts) {
				session.insert(fact);
			}
			session.fireAllRules();
			return List.copyOf(session.getObjects());
		}
		finally {
			session.dispose();
		}
	}

	private static <T> List<T> all(List<Object> facts, Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

}

package cn.eco.enforcement.supervision.internal;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.supervision.ElectricityJudgement;
import cn.eco.enforcement.supervision.ElectricityRules;
import cn.eco.enforcement.supervision.FacilityLink;
import cn.eco.enforcement.supervision.FacilityPower;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Runs the electricity rules in a fresh session per judgement. */
public class DroolsElectricityRules implements ElectricityRules {

	private final KieBase kieBase;

	public DroolsElectricityRules(KieBase kieBase) {
		this.kieBase = kieBase;
	}

	@Override
	public List<ElectricityJudgement> judge(List<FacilityPower> facilities, List<FacilityLink> links, int minMinutes) {
		KieSession session = kieBase.newKieSession();
		try {
			facilities.forEach(session::insert);
			links.forEach(session::insert);
			session.insert(new ElectricityPolicy(minMinutes));
			session.fireAllRules();
			List<ElectricityJudgement> judgements = new ArrayList<>();
			session.getObjects(o -> o instanceof ElectricityJudgement)
				.forEach(o -> judgements.add((ElectricityJudgement) o));
			return judgements;
		}
		finally {
			session.dispose();
		}
	}

}

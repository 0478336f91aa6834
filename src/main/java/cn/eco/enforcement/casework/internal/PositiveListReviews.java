package cn.eco.enforcement.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.supervision.RemovalProposal;
import cn.eco.enforcement.supervision.RemovalTrigger;
import cn.eco.enforcement.supervision.SupervisionRules;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positive-list dynamic management: asks the rules whether an event proposes taking a firm off the
 * list, and if so starts one supervisor review ({@code positive-list-removal}) unless one is open.
 */
@Service
@Transactional
public class PositiveListReviews {

	public static final String PROCESS_KEY = "positive-list-removal";

	private static final Logger log = LoggerFactory.getLogger(PositiveListReviews.class);

	private final EnterpriseApi enterprises;

	private final SupervisionRules rules;

	private final RuntimeService runtime;

	private final Clock clock;

	PositiveListReviews(EnterpriseApi enterprises, SupervisionRules rules, RuntimeService runtime, Clock clock) {
		this.enterprises = enterprises;
		this.rules = rules;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * @param type CONFIRMED_VIOLATION, CASE_FILED, DATA_FALSIFICATION, RECTIFICATION_OVERDUE or
	 * PENALTY_DECIDED; a decided penalty is conclusive, so when the rules propose removal for it the
	 * firm is removed at once, with the rules' reason, instead of starting a review
	 */
	public void consider(String enterpriseCode, String type, String sourceType, String detail) {
		EnterpriseProfile firm = enterpriseCode == null ? null : enterprises.find(enterpriseCode).orElse(null);
		if (firm == null) {
			return;
		}
		var proposal = rules.proposeRemoval(new RemovalTrigger(firm.code(), type, sourceType, firm.positiveList()));
		if (type.equals("PENALTY_DECIDED")) {
			proposal.ifPresent(p -> {
				enterprises.removeFromPositiveList(firm.code(), LocalDate.now(clock), p.reason() + "（" + detail + "）");
				log.info("{} removed from the positive list: {}", firm.code(), p.reason());
			});
			return;
		}
		proposal.filter(p -> !reviewOpen(firm.code())).ifPresent(p -> start(firm, p, detail));
	}

	/** Applies a supervisor's decision. */
	public void decide(String enterpriseCode, boolean remove, String reason) {
		if (remove) {
			enterprises.removeFromPositiveList(enterpriseCode, LocalDate.now(clock), reason);
		}
	}

	private boolean reviewOpen(String enterpriseCode) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.variableValueEquals("enterpriseCode", enterpriseCode)
			.count() > 0;
	}

	private void start(EnterpriseProfile firm, RemovalProposal proposal, String detail) {
		String summary = "企业：" + firm.name() + "（" + firm.code() + "）\n建议移出理由：" + proposal.reason()
				+ (detail == null ? "" : "\n依据：" + detail) + "\n触发规则：" + String.join("；", proposal.firedRuleLabels());
		runtime.startProcessInstanceByKey(PROCESS_KEY, "PL-" + firm.code() + "-" + clock.millis(),
				Map.of("enterpriseCode", firm.code(), "enterpriseName", firm.name(), "removalReason", proposal.reason(),
						"proposalSummary", summary));
		log.info("Positive-list removal of {} proposed: {}", firm.code(), proposal.reason());
	}

}

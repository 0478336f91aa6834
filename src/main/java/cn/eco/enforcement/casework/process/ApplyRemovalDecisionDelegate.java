package cn.eco.enforcement.casework.process;

import cn.eco.enforcement.casework.internal.PositiveListReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Applies the supervisor's decision on a positive-list removal proposal. */
@Component
class ApplyRemovalDecisionDelegate implements JavaDelegate {

	private final PositiveListReviews reviews;

	ApplyRemovalDecisionDelegate(PositiveListReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables vars = LoopVariables.of(execution);
		boolean remove = vars.defaultFlag("removalApproved");
		reviews.decide(vars.text(ENTERPRISE), remove, vars.text("removalReason") + "（审核意见：" + vars.text("removalComment") + "）");
	}

	private static final String ENTERPRISE = LoopVariables.ENTERPRISE_CODE;

}

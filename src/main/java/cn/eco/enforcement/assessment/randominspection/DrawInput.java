package cn.eco.enforcement.assessment.randominspection;

import java.util.List;
import java.util.Map;

/**
 * Everything a draw depends on besides its seed, stored with the draw so that it can be replayed
 * and checked later, whatever has changed in the registry since.
 */
public record DrawInput(String month, Map<Pool, Double> rates, boolean positiveListExempt, double positiveListFactor,
		List<Candidate> candidates, List<Officer> officers) {

	/** An enterprise in the target pool. */
	public record Candidate(String code, Pool pool, boolean positiveList, String responsible, String deputy, String branch) {
	}

	/** A certified, available officer who may be sent, and the branch bureau they belong to. */
	public record Officer(String userId, String branch) {
	}

	/** A drawn enterprise and the pair sent to it; both inspectors are null when no pair could be formed. */
	public record Drawn(String enterpriseCode, Pool pool, boolean positiveList, String inspectorA, String inspectorB) {

		public boolean staffed() {
			return inspectorA != null;
		}

	}

}

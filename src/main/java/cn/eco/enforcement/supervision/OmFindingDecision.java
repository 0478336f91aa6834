package cn.eco.enforcement.supervision;

import java.util.List;

/**
 * What follows from one O&M finding.
 *
 * @param rectificationDays days the enterprise or O&M company has to rectify it
 * @param escalate whether it opens an escalated enforcement loop with a case lead
 * @param lowersStanding whether it lowers the firm's O&M standing
 * @param reasons the Chinese reasons of the rules that fired
 */
public record OmFindingDecision(int rectificationDays, boolean escalate, boolean lowersStanding, List<String> reasons) {

	public OmFindingDecision {
		reasons = List.copyOf(reasons);
	}

}

package cn.eco.enforcement.casework;

import java.util.List;

/**
 * A deadline of the penalty procedure has passed: service of the decision, payment of the fine,
 * the re-inspection after a correction order, or the 90-day decision clock.
 *
 * @param stage SERVICE, PAYMENT, RE_INSPECTION or DECISION
 * @param stageName the stage in Chinese, e.g. 送达处罚决定书
 * @param officers the case's investigators, who are told besides the supervisors
 */
public record CaseDeadlinePassed(long caseId, String caseNumber, String enterpriseName, String stage, String stageName,
		List<String> officers) {
}

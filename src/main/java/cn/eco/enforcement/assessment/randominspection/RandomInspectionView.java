package cn.eco.enforcement.assessment.randominspection;

import java.time.OffsetDateTime;

/**
 * One drawn enterprise as staff see it: who was sent, and what they found.
 *
 * @param status PLANNED (process running), UNSTAFFED (no pair of officers could be formed) or DONE
 * @param problemFound null until done
 */
public record RandomInspectionView(long id, String enterpriseCode, String enterpriseName, Pool pool,
		boolean positiveList, String inspectorA, String inspectorB, String status, String processInstanceId,
		String completedBy, OffsetDateTime completedAt, Boolean problemFound, String resultSummary) {
}

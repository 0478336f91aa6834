package cn.eco.enforcement.alarm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An alarm as callers see it, with its progress through the loop (oldest step first). */
public record AlarmView(long id, String externalId, AlarmSourceType sourceType, String enterpriseCode,
		String stationCode, String pollutant, BigDecimal value, BigDecimal limit, String unit,
		OffsetDateTime observedAt, OffsetDateTime receivedAt, String description, AlarmStatus status,
		String statusLabel, String supervisionMode, String assignee, String squadronCode, String processInstanceId,
		List<SuspectedSource> suspectedSources, List<ProgressStep> progress) {

	/** One step of the loop: what happened, who did it and when. */
	public record ProgressStep(AlarmStatus stage, String stageLabel, String actor, String note,
			OffsetDateTime recordedAt) {
	}

}

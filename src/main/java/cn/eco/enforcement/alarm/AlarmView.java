package cn.eco.enforcement.alarm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An alarm as callers see it, with its progress through the loop (oldest step first).
 *
 * @param latitude for a place-based alarm, the place (WGS-84 degrees); null otherwise
 * @param townshipCode for a place-based alarm, the township whose boundary holds the place
 * @param complainant who filed a complaint: by default only whether it was anonymous; the contact
 * only for readers in the handling squadron ({@link AlarmApi#complainantOf})
 * @param declaredCondition {@code STARTUP} or {@code SHUTDOWN} when the exceedance was observed inside
 * such a period declared for its device (the description says so in words); null otherwise
 */
public record AlarmView(long id, String externalId, AlarmSourceType sourceType, String enterpriseCode,
		String stationCode, String pollutant, BigDecimal value, BigDecimal limit, String unit,
		OffsetDateTime observedAt, OffsetDateTime receivedAt, String description, AlarmStatus status,
		String statusLabel, String supervisionMode, String assignee, String squadronCode, String processInstanceId,
		List<SuspectedSource> suspectedSources, List<ProgressStep> progress, Double latitude, Double longitude,
		String address, String townshipCode, Complainant complainant, String declaredCondition) {

	/** One step of the loop: what happened, who did it and when. */
	public record ProgressStep(AlarmStatus stage, String stageLabel, String actor, String note,
			OffsetDateTime recordedAt) {
	}

	/** Whether the alarm concerns a place rather than an enterprise or a station. */
	public boolean placeBased() {
		return enterpriseCode == null && stationCode == null;
	}

	/** The same alarm with the complainant's contact left out (whether it was anonymous stays). */
	public AlarmView withoutComplainantContact() {
		return withComplainant(complainant == null ? null : new Complainant(complainant.anonymous(), null, null, null));
	}

	/** The same alarm with this complainant. */
	public AlarmView withComplainant(Complainant kept) {
		return new AlarmView(id, externalId, sourceType, enterpriseCode, stationCode, pollutant, value, limit, unit,
				observedAt, receivedAt, description, status, statusLabel, supervisionMode, assignee, squadronCode,
				processInstanceId, suspectedSources, progress, latitude, longitude, address, townshipCode, kept,
				declaredCondition);
	}

}

package cn.eco.enforcement.alarm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A validated request to raise an alarm about an enterprise, a station or a place: at most one of
 * enterprise and station is set, and without either the place (latitude and longitude) is.
 *
 * @param suspectedSources for a station alarm, the enterprises source tracing ranked first (best
 * first); empty otherwise (the intake finds firms near a place itself)
 * @param latitude WGS-84 degrees of the place, or null
 * @param longitude WGS-84 degrees of the place, or null
 * @param address where the place is, in words, or null
 * @param complainant for a complaint, who filed it (kept private); null otherwise
 * @param declaredCondition for an exceedance observed inside a start-up or shutdown period declared for
 * the device ({@code STARTUP} or {@code SHUTDOWN}), that kind; null otherwise
 */
public record RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
		String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
		String description, List<SuspectedSource> suspectedSources, Double latitude, Double longitude, String address,
		Complainant complainant, String declaredCondition) {

	public RaiseAlarm {
		suspectedSources = suspectedSources == null ? List.of() : List.copyOf(suspectedSources);
	}

	public RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
			String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
			String description, List<SuspectedSource> suspectedSources, Double latitude, Double longitude, String address,
			Complainant complainant) {
		this(externalId, sourceType, enterpriseCode, stationCode, pollutant, value, limit, unit, observedAt, description,
				suspectedSources, latitude, longitude, address, complainant, null);
	}

	public RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
			String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
			String description, List<SuspectedSource> suspectedSources) {
		this(externalId, sourceType, enterpriseCode, stationCode, pollutant, value, limit, unit, observedAt, description,
				suspectedSources, null, null, null, null);
	}

	public RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
			String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
			String description) {
		this(externalId, sourceType, enterpriseCode, stationCode, pollutant, value, limit, unit, observedAt, description,
				List.of());
	}

	/** Whether the alarm concerns a place rather than an enterprise or a station. */
	public boolean placeBased() {
		return enterpriseCode == null && stationCode == null;
	}

}

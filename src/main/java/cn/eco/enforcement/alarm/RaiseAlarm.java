package cn.eco.enforcement.alarm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A validated request to raise an alarm; exactly one of enterprise and station is set.
 *
 * @param suspectedSources for a station alarm, the enterprises source tracing ranked first (best
 * first); empty otherwise
 */
public record RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
		String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
		String description, List<SuspectedSource> suspectedSources) {

	public RaiseAlarm {
		suspectedSources = suspectedSources == null ? List.of() : List.copyOf(suspectedSources);
	}

	public RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
			String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
			String description) {
		this(externalId, sourceType, enterpriseCode, stationCode, pollutant, value, limit, unit, observedAt, description,
				List.of());
	}

}

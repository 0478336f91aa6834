package cn.eco.enforcement.alarm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A validated request to raise an alarm; exactly one of enterprise and station is set. */
public record RaiseAlarm(String externalId, AlarmSourceType sourceType, String enterpriseCode, String stationCode,
		String pollutant, BigDecimal value, BigDecimal limit, String unit, OffsetDateTime observedAt,
		String description) {
}

package cn.eco.enforcement.alarm;

import java.time.OffsetDateTime;

/** Filters for listing alarms; null fields do not filter. The range applies to the observation time. */
public record AlarmQuery(String enterpriseCode, AlarmStatus status, OffsetDateTime from, OffsetDateTime to,
		int limit) {
}

package cn.eco.enforcement.alarm;

import java.time.OffsetDateTime;

import cn.eco.enforcement.grid.Jurisdiction;

/**
 * Filters for listing alarms; null fields do not filter. The range applies to the observation time.
 *
 * @param scope only alarms whose enterprise or station lies in it, or that were dispatched to a
 * squadron in it
 */
public record AlarmQuery(String enterpriseCode, AlarmStatus status, OffsetDateTime from, OffsetDateTime to,
		int limit, Jurisdiction scope) {

	/** Over the whole city. */
	public AlarmQuery(String enterpriseCode, AlarmStatus status, OffsetDateTime from, OffsetDateTime to, int limit) {
		this(enterpriseCode, status, from, to, limit, Jurisdiction.wholeCity());
	}

}

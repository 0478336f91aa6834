package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/** A registered device as callers see it (never its password). */
public record DeviceView(String mn, DeviceKind kind, String enterpriseCode, String stationCode, String outlet,
		OffsetDateTime registeredAt, OffsetDateTime lastSeenAt) {
}

package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A condition found in a device's data at one moment. */
record Finding(ConditionType type, String factorCode, Instant at, BigDecimal value, BigDecimal limit, String unit,
		String detail) {
}

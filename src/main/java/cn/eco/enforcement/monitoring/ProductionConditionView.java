package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/**
 * One key production condition field (关键生产工况, HJ 212-2025 ST=45, CN 2011) as the logger sent it.
 *
 * @param factorCode the field's code, e.g. {@code p99101}
 * @param marker the state marker exactly as sent ({@code p991xx-Rtd}); what its values mean is not
 * publicly known, so it is shown, never interpreted
 * @param flag the field's data flag, if sent
 */
public record ProductionConditionView(String mn, String factorCode, OffsetDateTime dataTime, String marker, String flag,
		OffsetDateTime receivedAt) {
}

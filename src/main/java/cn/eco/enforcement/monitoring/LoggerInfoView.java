package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/**
 * The latest value a logger reported for one information code (CN 3020 {@code <infoId>-Info}).
 *
 * @param polId the analyser the information is about (the packet's {@code PolId}); empty for the
 * logger itself
 * @param infoId the information code, e.g. {@code i13001} (measuring range)
 * @param name its Chinese name where the code is in the table we know (HJ 212-2017 table B.10), else null
 * @param value the value as sent
 * @param dataTime the packet's DataTime, or null
 * @param receivedAt when the platform received it
 */
public record LoggerInfoView(String polId, String infoId, String name, String value, OffsetDateTime dataTime,
		OffsetDateTime receivedAt) {
}

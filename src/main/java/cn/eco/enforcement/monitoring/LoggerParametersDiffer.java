package cn.eco.enforcement.monitoring;

import java.time.Instant;

/**
 * A logger reported parameters (CN 3020) that do not agree with the device registry: told once when
 * the difference appears, not again while it persists.
 *
 * @param detail what differs, in Chinese, for the finding or alarm text
 */
public record LoggerParametersDiffer(String mn, String enterpriseCode, String stationCode, Instant at, String detail) {
}

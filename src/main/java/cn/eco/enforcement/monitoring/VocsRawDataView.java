package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One factor of a VOCs analysis's raw data (HJ 212-2025 ST=27, CN 2013): its chromatographic peak and
 * the spectrum file it was read from; any of them may be missing when the logger did not send it.
 */
public record VocsRawDataView(String mn, OffsetDateTime dataTime, String factorCode, BigDecimal retentionTime,
		BigDecimal peakArea, BigDecimal peakHeight, String spectrumFile, String flag, OffsetDateTime receivedAt) {
}

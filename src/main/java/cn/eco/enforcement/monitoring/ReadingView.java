package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A stored reading. */
public record ReadingView(String mn, String factorCode, Period period, OffsetDateTime dataTime, BigDecimal rtd,
		BigDecimal avg, BigDecimal min, BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag) {
}

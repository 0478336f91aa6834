/**
 * Readings counted per device and hour, the figures the monthly transmission report takes from an
 * hour's minute and hourly data. The monitoring module's hourly job and ingestion keep them; the
 * named interface {@code counts} lets a bulk loader (the one-year benchmark) count the readings it
 * wrote past the platform with the platform's own statements, and the monthly report in assessment
 * judge a reading's flag by the counts' own rule ({@code HourCounts.INVALID_FLAG}).
 */
@org.springframework.modulith.NamedInterface("counts")
package cn.eco.enforcement.monitoring.counts;

/**
 * Readings counted per device and hour, the figures the monthly transmission report takes from an
 * hour's minute and hourly data. The monitoring module's hourly job and ingestion keep them; the
 * named interface {@code counts} lets a bulk loader (the one-year benchmark) count the readings it
 * wrote past the platform with the platform's own statements.
 */
@org.springframework.modulith.NamedInterface("counts")
package cn.eco.enforcement.monitoring.counts;

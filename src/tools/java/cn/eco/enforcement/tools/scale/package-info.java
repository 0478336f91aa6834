/**
 * The one-year benchmark in the tools jar, not in the application:
 * {@link cn.eco.enforcement.tools.scale.YearOfData} bulk-loads a year of monitoring data into the
 * platform's PostgreSQL database with COPY and measures ingestion, a device's month, the monthly
 * report and a partition drop against it. See {@code docs/scale.md}.
 */
package cn.eco.enforcement.tools.scale;

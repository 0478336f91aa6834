/**
 * Command-line tools that talk to a running platform like real HJ 212 data loggers do:
 * {@link cn.eco.enforcement.monitoring.simulator.Hj212Simulator} plays the demo devices (history,
 * anomalies, live data) and {@link cn.eco.enforcement.monitoring.simulator.Hj212Benchmark} measures
 * acknowledged ingestion throughput, answer and alarm latency against a plain JDBC baseline. Not part
 * of the application context: nothing here is a Spring bean. See {@code docs/monitoring-tools.md}.
 */
package cn.eco.enforcement.monitoring.simulator;

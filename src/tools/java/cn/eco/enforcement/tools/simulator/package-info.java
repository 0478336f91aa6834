/**
 * Command-line tools that talk to a running platform like real HJ 212 data loggers do:
 * {@link cn.eco.enforcement.tools.simulator.Hj212Simulator} plays the demo devices (history,
 * anomalies, live data) and {@link cn.eco.enforcement.tools.simulator.Hj212Benchmark} measures
 * acknowledged ingestion throughput, answer and alarm latency against a plain JDBC baseline. They live in
 * the tools jar, not in the application: they use only the public HJ 212 codec of the jar they run with.
 * See {@code docs/monitoring-tools.md}.
 */
package cn.eco.enforcement.tools.simulator;

/**
 * A command-line load tool, not part of the application context (nothing here is a Spring bean):
 * {@link cn.eco.enforcement.casework.load.IntakeLoad} drives alarms over HTTP and readings over HJ 212
 * against a running platform and compares alarm-to-task throughput with bare Camunda starting a
 * one-user-task process on the same PostgreSQL server. See {@code docs/load.md}.
 */
package cn.eco.enforcement.casework.load;

/**
 * A command-line load tool in the tools jar, not in the application:
 * {@link cn.eco.enforcement.tools.load.IntakeLoad} drives alarms over HTTP and readings over HJ 212
 * against a running platform and compares alarm-to-task throughput with the stock-Camunda yardstick
 * ({@code ../shared/yardstick}) run on the same PostgreSQL server in the same run. See
 * {@code docs/load.md}.
 */
package cn.eco.enforcement.tools.load;

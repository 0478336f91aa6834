/**
 * The enterprise registry: who discharges what where, who is responsible for each firm,
 * positive-list membership and the confirmed-violation history that differentiated
 * supervision reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise", allowedDependencies = { "grid", "shared" })
package cn.eco.enforcement.enterprise;

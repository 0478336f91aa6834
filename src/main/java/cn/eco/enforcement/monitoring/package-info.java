/**
 * Online monitoring: HJ 212 over TCP and JSON over HTTP from enterprise and ambient devices,
 * readings storage, anomaly detection and pollution-source tracing. Detected conditions become
 * alarms through the alarm module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "alarm", "enterprise", "evidence", "grid", "shared", "supervision" })
package cn.eco.enforcement.monitoring;

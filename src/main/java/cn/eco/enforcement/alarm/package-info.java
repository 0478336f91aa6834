/**
 * Alarm intake: every alarm (monitoring exceedance, complaint, manual report) enters here once,
 * de-duplicated on its external id, and carries the progress of its enforcement loop.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alarm", allowedDependencies = { "enterprise", "grid", "shared" })
package cn.eco.enforcement.alarm;

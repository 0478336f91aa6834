/**
 * Alarm intake: every alarm (monitoring exceedance, complaint, manual report, a place found by a
 * fire-point satellite, a camera or a patrol) enters here once, de-duplicated on its external id,
 * and carries the progress of its enforcement loop.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alarm", allowedDependencies = { "enterprise", "grid", "evidence", "shared" })
package cn.eco.enforcement.alarm;

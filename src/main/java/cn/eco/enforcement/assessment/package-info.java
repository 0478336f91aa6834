/**
 * Assessment and statistics (考核与统计): the monthly inspector table computed from process history
 * and case records, the closed-loop assessment score with its failure-pattern flags, the monthly
 * random inspections (双随机) and the deadline reminders. A read model over the other modules'
 * records; it changes nothing of theirs and tells notification through events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "grid", "enterprise", "alarm", "shared" })
package cn.eco.enforcement.assessment;

/**
 * Assessment and statistics (考核与统计): the monthly inspector table computed from process history
 * and case records, the closed-loop assessment score with its failure-pattern flags, the monthly
 * random inspections (双随机), the deadline reminders and the data-transmission effectiveness of the
 * monitoring devices (传输有效率). A read model over the other modules' records; it changes nothing of
 * theirs and tells notification and maintenance through events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "grid", "enterprise", "alarm", "map", "monitoring :: counts", "shared" })
package cn.eco.enforcement.assessment;

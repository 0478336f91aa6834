/**
 * The enterprise file (一企一档) for inspectors: one view of a firm's registry facts, monitoring,
 * alarms, inspections, cases and third-party O&M inspection findings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier",
		allowedDependencies = { "enterprise", "alarm", "casework", "maintenance", "monitoring", "grid", "shared" })
package cn.eco.enforcement.dossier;

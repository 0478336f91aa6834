/**
 * Third-party O&M inspection (第三方巡检) of automatic monitoring systems: inspection companies, their
 * contracts and inspectors, inspection plans per device, checklists, and findings tracked to closure.
 * Like the random inspections it runs its own small processes on the engine; the classes of its
 * findings steer enforcement through the supervision rules and the alarm register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Maintenance",
		allowedDependencies = { "alarm", "assessment", "enterprise", "evidence", "grid", "map", "monitoring", "supervision", "identity", "shared" })
package cn.eco.enforcement.maintenance;

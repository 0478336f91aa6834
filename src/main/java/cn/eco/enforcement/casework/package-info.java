/**
 * The enforcement processes on Camunda 7: the closed loop from alarm to assessment and the
 * case-filing process it hands confirmed violations to. Owns the engine API, the delegates and
 * the case records; the rest of the system never sees a Camunda type (but for identity).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
		allowedDependencies = { "alarm", "enterprise", "grid", "supervision", "monitoring", "monitoring :: hj212", "documents", "evidence", "identity", "maintenance", "map", "shared" })
package cn.eco.enforcement.casework;

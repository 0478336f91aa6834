/**
 * The enforcement map (一张图): enterprises, monitoring stations, open alarms and whatever other
 * modules contribute through {@link cn.eco.enforcement.map.MapMarkerSource}, on a map of the city
 * drawn from bundled assets (no tile server). Sources in this module read the grid, enterprise
 * and alarm APIs; other modules add their own markers by implementing the extension point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Map",
		allowedDependencies = { "grid", "enterprise", "alarm", "monitoring", "shared" })
package cn.eco.enforcement.map;

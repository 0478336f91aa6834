/**
 * Every Drools rule of the system: the differentiated-supervision mode of an alarm and the grid
 * assignment of who handles it. Callers pass plain records and get records back; no KIE type
 * leaves this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision", allowedDependencies = {})
package cn.eco.enforcement.supervision;

/**
 * Every Drools rule of the system: the differentiated-supervision mode of an alarm, the grid
 * assignment of who handles it and the deadlines of its loop. Callers pass plain records and get records back; no KIE type
 * leaves this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision", allowedDependencies = {})
package cn.eco.enforcement.supervision;

/**
 * Application-wide plumbing no module owns: the clock, the start-up banner with the URLs, the
 * redirect from the root to the Camunda webapps, and quicker engine look-ups for Camunda's REST API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
package cn.eco.enforcement.system;

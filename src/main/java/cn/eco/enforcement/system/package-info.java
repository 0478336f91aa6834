/**
 * Application-wide plumbing no module owns: the clock, the start-up banner with the URLs, and the
 * redirect from the root to the Camunda webapps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
package cn.eco.enforcement.system;

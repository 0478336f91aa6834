/**
 * Who may do what: demo and admin accounts, Camunda groups and authorizations per role, the
 * Tasklist filters, and HTTP authentication for {@code /api} and {@code /engine-rest}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "grid", "enterprise", "shared" })
package cn.eco.enforcement.identity;

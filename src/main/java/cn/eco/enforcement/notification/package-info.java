/**
 * E-mail notification. Listens to casework, assessment and alarm events (a complainant told the outcome) and writes each message to an outbox in the
 * same transaction; a scheduler sends and retries, so a failing mail server never blocks a process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "casework", "assessment", "grid", "alarm" })
package cn.eco.enforcement.notification;

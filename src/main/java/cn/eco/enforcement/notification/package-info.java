/**
 * E-mail notification. Listens to casework and assessment events and writes each message to an outbox in the
 * same transaction; a scheduler sends and retries, so a failing mail server never blocks a process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "casework", "assessment", "grid" })
package cn.eco.enforcement.notification;

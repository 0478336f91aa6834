/**
 * The few types every module may use: input errors that become HTTP 400 problem details, and the
 * HTTP error handling that renders them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.eco.enforcement.shared;

/**
 * Public disclosure (环保一码清): the page anyone reaches by scanning an enterprise's QR code. It
 * shows the firm's public environmental record only — never personal data, internal notes or case
 * details before a decision — and is rate-limited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure",
		allowedDependencies = { "enterprise", "monitoring", "casework" })
package cn.eco.enforcement.disclosure;

/**
 * Public disclosure (环保一码清): the page anyone reaches by scanning an enterprise's QR code. It
 * shows the firm's public environmental record only — never personal data, internal notes or case
 * details before a decision — and is rate-limited. Its 举报 link lets anyone file a complaint about
 * the firm without logging in (rate-limited per address); the complainant's contact goes only to the
 * handling squadron.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure",
		allowedDependencies = { "enterprise", "monitoring", "casework", "alarm", "shared" })
package cn.eco.enforcement.disclosure;

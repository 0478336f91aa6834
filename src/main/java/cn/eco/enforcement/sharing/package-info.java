/**
 * Data sharing with other departments (对内对外数据共享): read-only endpoints under
 * {@code /api/sharing} for data-sharing accounts — the enterprise registry's public facts, served
 * penalty decisions, monitoring devices and their hourly and daily aggregates, nothing personal —
 * and the append-only log of every fetch, which auditors read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
		allowedDependencies = { "enterprise", "casework", "monitoring", "shared" })
package cn.eco.enforcement.sharing;

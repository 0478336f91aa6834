package cn.eco.enforcement.monitoring;

/** A facility under electricity monitoring: one that produces, or one that treats what is produced. */
public enum FacilityKind {

	/** 生产设施: its factor codes are d2xxxx. */
	PRODUCTION("d2"),
	/** 治污设施 (治理设施): its factor codes are d3xxxx. */
	TREATMENT("d3");

	private final String factorPrefix;

	FacilityKind(String factorPrefix) {
		this.factorPrefix = factorPrefix;
	}

	/** Whether the HJ 212-2025 electricity factor code belongs to this kind of facility. */
	public boolean accepts(String factorCode) {
		return factorCode != null && factorCode.matches(factorPrefix + "\\d{4}");
	}

}

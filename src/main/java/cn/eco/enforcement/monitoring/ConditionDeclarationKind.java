package cn.eco.enforcement.monitoring;

/** A declared production condition during which an exceedance is expected and marked in its alarm. */
public enum ConditionDeclarationKind {

	STARTUP("启炉"), SHUTDOWN("停炉");

	private final String label;

	ConditionDeclarationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

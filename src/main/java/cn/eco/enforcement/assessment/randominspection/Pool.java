package cn.eco.enforcement.assessment.randominspection;

/** The target pools of the random draw (DOMAIN §c.2). */
public enum Pool {

	KEY("重点排污单位"), ORDINARY("一般排污单位"), SPECIAL("特殊监管对象");

	private final String label;

	Pool(String label) {
		this.label = label;
	}

	/** The Chinese name shown to users and the public. */
	public String label() {
		return label;
	}

}

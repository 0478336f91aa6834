package cn.eco.enforcement.maintenance;

/** The classes of O&M inspection findings; the rules decide what each sets off. */
public enum FindingClass {

	EQUIPMENT_FAULT("设备故障"), IRREGULAR_OPERATION("运维不规范"), DATA_ANOMALY("数据异常"),
	SUSPECTED_FALSIFICATION("疑似弄虚作假");

	private final String label;

	FindingClass(String label) {
		this.label = label;
	}

	/** The Chinese name shown to users. */
	public String label() {
		return label;
	}

}

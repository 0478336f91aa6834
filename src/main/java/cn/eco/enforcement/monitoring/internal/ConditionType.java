package cn.eco.enforcement.monitoring.internal;

/** The kinds of condition detection finds in monitoring data (DOMAIN §f.4). */
enum ConditionType {

	EXCEEDANCE("超标"), FLAT_LINE("恒值"), ZERO_NEGATIVE("零值/负值"), JUMP("突变"), ABNORMAL_FLAG("异常标记"),
	OFFLINE("设备离线"), MISSING("数据缺失"), TREATMENT_OFF("治理设施停运而生产运行");

	private final String label;

	ConditionType(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}

package cn.eco.enforcement.monitoring.internal;

/** The kinds of condition detection finds in monitoring data (DOMAIN §f.4). */
enum ConditionType {

	EXCEEDANCE("超标"), FLAT_LINE("恒值"), ZERO_NEGATIVE("零值/负值"), JUMP("突变"), ABNORMAL_FLAG("异常标记"),
	OFFLINE("设备离线"), MISSING("数据缺失"), TREATMENT_OFF("治污设施未同步运行"),
	START_STOP_ASYNC("启停不同步"), LOGGER_MISMATCH("数采仪参数不一致");

	private final String label;

	ConditionType(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}

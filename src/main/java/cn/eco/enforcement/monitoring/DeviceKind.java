package cn.eco.enforcement.monitoring;

/** What a monitoring device measures, which decides how its data are judged and what alarm it raises. */
public enum DeviceKind {

	AMBIENT_AIR(true, "环境空气质量"), SURFACE_WATER(true, "地表水水质"), FLUE_GAS(false, "废气"),
	WASTEWATER(false, "废水"), VOCS_FENCELINE(false, "VOCs 厂界"), CATERING_FUME(false, "餐饮油烟"),
	ELECTRICITY(false, "用电监控"),
	/** Key production conditions (关键生产工况, HJ 212-2025 ST=45): state markers, not concentrations. */
	PRODUCTION_CONDITION(false, "生产工况");

	private final boolean station;

	private final String label;

	DeviceKind(boolean station, String label) {
		this.station = station;
		this.label = label;
	}

	/** Whether devices of this kind belong to an ambient monitoring station rather than an enterprise. */
	public boolean isStation() {
		return station;
	}

	/** The kind in Chinese, as staff call it. */
	public String label() {
		return label;
	}

}

package cn.eco.enforcement.alarm;

/** Where an alarm comes from. */
public enum AlarmSourceType {

	AMBIENT_STATION("空气质量监测站"), ONLINE_MONITOR("污染源在线监测"), VOCS_FENCELINE("VOCs 厂界监测"),
	CATERING_FUME("餐饮油烟监测"), ELECTRICITY("用电监控"), COMPLAINT("信访投诉"), MANUAL("人工上报"),
	STRAW_BURNING("秸秆焚烧"), VIDEO_PATROL("视频巡查"), RIVER_PATROL("河道巡查"),
	/** A third-party O&M inspection found suspected falsification of a monitoring system (第三方巡检). */
	OM_INSPECTION("第三方运维巡检");

	private final String label;

	AlarmSourceType(String label) {
		this.label = label;
	}

	/** The Chinese name shown to users. */
	public String label() {
		return label;
	}

	/** Whether alarms of this kind carry a measured value against a limit. */
	public boolean isMeasurement() {
		return !isPlaceBased() && this != COMPLAINT && this != MANUAL && this != OM_INSPECTION;
	}

	/**
	 * Whether alarms of this kind come with a place (latitude and longitude) rather than a firm or a
	 * station: a satellite fire point or camera, a video or river patrol. Complaints may come either way.
	 */
	public boolean isPlaceBased() {
		return this == STRAW_BURNING || this == VIDEO_PATROL || this == RIVER_PATROL;
	}

}

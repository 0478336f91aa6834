package cn.eco.enforcement.alarm;

/** Where an alarm comes from. */
public enum AlarmSourceType {

	AMBIENT_STATION, ONLINE_MONITOR, VOCS_FENCELINE, CATERING_FUME, ELECTRICITY, COMPLAINT, MANUAL;

	/** Whether alarms of this kind carry a measured value against a limit. */
	public boolean isMeasurement() {
		return this != COMPLAINT && this != MANUAL;
	}

}

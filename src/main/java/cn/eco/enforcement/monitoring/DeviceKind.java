package cn.eco.enforcement.monitoring;

/** What a monitoring device measures, which decides how its data are judged and what alarm it raises. */
public enum DeviceKind {

	AMBIENT_AIR(true), SURFACE_WATER(true), FLUE_GAS(false), WASTEWATER(false), VOCS_FENCELINE(false),
	CATERING_FUME(false), ELECTRICITY(false);

	private final boolean station;

	DeviceKind(boolean station) {
		this.station = station;
	}

	/** Whether devices of this kind belong to an ambient monitoring station rather than an enterprise. */
	public boolean isStation() {
		return station;
	}

}

package cn.eco.enforcement.grid;

/** An ambient (air or surface-water) monitoring station and the squadron whose grid it lies in. */
public record Station(String code, String name, String kind, String townshipCode, String squadronCode, Double latitude,
		Double longitude) {
}

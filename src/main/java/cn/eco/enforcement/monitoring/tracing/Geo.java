package cn.eco.enforcement.monitoring.tracing;

/** Spherical-earth geometry, accurate to well under 1 % at the few-km scale tracing works on. */
final class Geo {

	/** IUGG mean earth radius. */
	static final double EARTH_RADIUS_KM = 6371.0088;

	private Geo() {
	}

	/** Haversine great-circle distance in km. */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
		double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
		double a = sinHalfDeltaPhi * sinHalfDeltaPhi
				+ Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Initial bearing from point 1 towards point 2, degrees clockwise from north in [0, 360). */
	static double initialBearingDegrees(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double deltaLambda = Math.toRadians(lon2 - lon1);
		double y = Math.sin(deltaLambda) * Math.cos(phi2);
		double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLambda);
		return normalize(Math.toDegrees(Math.atan2(y, x)));
	}

	/** Δ = |((β − θ + 540) mod 360) − 180|, the unsigned angle between two directions, 0–180. */
	static double angleOffDegrees(double bearingDegrees, double windFromDegrees) {
		return Math.abs(normalize(bearingDegrees - windFromDegrees + 540) - 180);
	}

	static void requireValidPoint(double latitude, double longitude) {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("not a WGS-84 point: " + latitude + ", " + longitude);
		}
	}

	private static double normalize(double degrees) {
		double normalized = degrees % 360;
		return (normalized < 0) ? normalized + 360 : normalized;
	}

}

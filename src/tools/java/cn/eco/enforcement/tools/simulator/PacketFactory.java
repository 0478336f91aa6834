package cn.eco.enforcement.tools.simulator;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Random;

/**
 * Builds a device's uploads: real-time data (CN 2011: -Rtd, -ZsRtd, -Flag) and period data (CN 2051
 * minute, 2061 hour: -Min/-Avg/-Max, -ZsMin/-ZsAvg/-ZsMax, -Cou, -Flag). Period data are stamped with
 * the START of the period, as the standard says.
 */
final class PacketFactory {

	static final String REAL_TIME = "2011";

	static final String MINUTE = "2051";

	static final String HOUR = "2061";

	private final String password;

	PacketFactory(String password) {
		this.password = password;
	}

	Upload realtime(DeviceProfile device, ZonedDateTime at, Random random) {
		Upload upload = new Upload(device.st(), REAL_TIME, device.mn(), password, ChinaTime.dataTime(at));
		for (FactorProfile factor : device.factors()) {
			double value = factor.sample(at, random);
			upload.field(factor.code(), "Rtd", factor.format(value));
			if (factor.conversion() > 0) {
				upload.field(factor.code(), "ZsRtd", factor.format(value * factor.conversion()));
			}
			upload.field(factor.code(), "Flag", "N");
		}
		return upload;
	}

	Upload minute(DeviceProfile device, ZonedDateTime start, Random random) {
		return period(device, MINUTE, start, Duration.ofMinutes(1), Map.of(), random);
	}

	Upload hour(DeviceProfile device, ZonedDateTime start, Map<String, Anomaly> anomalies, Random random) {
		return period(device, HOUR, start, Duration.ofHours(1), anomalies, random);
	}

	private Upload period(DeviceProfile device, String cn, ZonedDateTime start, Duration length,
			Map<String, Anomaly> anomalies, Random random) {
		Upload upload = new Upload(device.st(), cn, device.mn(), password, ChinaTime.dataTime(start));
		ZonedDateTime middle = start.plus(length.dividedBy(2));
		for (FactorProfile factor : device.factors()) {
			Anomaly anomaly = anomalies.get(factor.code());
			double avg = (anomaly != null && anomaly.value() != null) ? anomaly.value() : factor.sample(middle, random);
			boolean stuck = anomaly != null && anomaly.stuck();
			double min = stuck ? avg : Math.max(avg * 0.5, avg - factor.spread(random));
			double max = stuck ? avg : avg + factor.spread(random);
			values(upload, factor, "", min, avg, max);
			if (factor.conversion() > 0) {
				double k = factor.conversion();
				values(upload, factor, "Zs", min * k, avg * k, max * k);
			}
			if (factor.couPerSecond() > 0) {
				upload.field(factor.code(), "Cou", factor.format(avg * factor.couPerSecond() * length.toSeconds()));
			}
			upload.field(factor.code(), "Flag", (anomaly != null && anomaly.flag() != null) ? anomaly.flag() : "N");
		}
		return upload;
	}

	private static void values(Upload upload, FactorProfile factor, String prefix, double min, double avg, double max) {
		if (factor.range()) {
			upload.field(factor.code(), prefix + "Min", factor.format(min));
		}
		upload.field(factor.code(), prefix + "Avg", factor.format(avg));
		if (factor.range()) {
			upload.field(factor.code(), prefix + "Max", factor.format(max));
		}
	}

}

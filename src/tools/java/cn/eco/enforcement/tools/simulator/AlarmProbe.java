package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Alarm latency: exceedance packets (COD 2000 against a limit of 1000) for fresh devices, each sent
 * alone and timed until its 9014. The platform raises the alarm and starts its Camunda process in the
 * transaction that stores the readings, so the answer implies the alarm exists; the probe checks
 * that through {@code GET /api/alarms}. Fresh devices are needed because an exceedance that is still
 * open raises no second alarm; they are named {@code BENCHX<yyMMddHHmmss>-NN}.
 */
final class AlarmProbe {

	private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("yyMMddHHmmss");

	private final BenchmarkOptions options;

	private final PlatformClient platform;

	private final String devicePassword;

	AlarmProbe(BenchmarkOptions options, PlatformClient platform, String devicePassword) {
		this.options = options;
		this.platform = platform;
		this.devicePassword = devicePassword;
	}

	/**
	 * @param latencies from sending to the 9014 answer, per answered packet
	 * @param alarmsFound new alarms with externalId {@code MON-<one of the probe MNs>-…}
	 */
	record Result(int sent, int answered, int alarmsFound, LatencyRecorder latencies) {
	}

	Result run() throws IOException, InterruptedException {
		String tag = TAG.format(ChinaTime.now());
		List<String> mns = new ArrayList<>();
		for (int i = 1; i <= options.alarms(); i++) {
			String mn = String.format("BENCHX%s-%02d", tag, i);
			platform.registerWastewaterDevice(mn, devicePassword, Hj212Benchmark.enterpriseCode(i),
					"压测告警排口 " + mn, BenchFactors.COD_LIMIT);
			mns.add(mn);
		}
		Set<String> before = new HashSet<>(platform.alarmExternalIds(1000));
		LatencyRecorder latencies = new LatencyRecorder();
		int answered = 0;
		QnSource qns = new QnSource();
		try (LoggerConnection connection = new LoggerConnection(options.host(), options.port(), 60_000)) {
			for (String mn : mns) {
				ZonedDateTime minute = ChinaTime.now().truncatedTo(ChronoUnit.MINUTES);
				Upload upload = new Upload(BenchDevice.WASTEWATER_ST, PacketFactory.MINUTE, mn, devicePassword,
						ChinaTime.dataTime(minute))
					.field("w01018", "Min", "1950.0")
					.field("w01018", "Avg", Decimals.format(BenchFactors.COD_EXCEEDANCE, 1))
					.field("w01018", "Max", "2050.0")
					.field("w01018", "Flag", "N");
				String qn = qns.next();
				String frame = upload.frame(qn);
				long sent = System.nanoTime();
				Outcome outcome = connection.exchange(frame, qn);
				if (outcome.kind() == Outcome.Kind.ANSWERED) {
					latencies.record((System.nanoTime() - sent) / 1_000);
					answered++;
				}
				else {
					System.out.println("  " + mn + ": " + outcome);
				}
			}
		}
		int found = 0;
		for (String id : platform.alarmExternalIds(1000)) {
			if (!before.contains(id) && id.startsWith("MON-BENCH") && mns.stream().anyMatch(mn -> id.startsWith("MON-" + mn + "-"))) {
				found++;
			}
		}
		return new Result(mns.size(), answered, found, latencies);
	}

}

package cn.eco.enforcement.tools.simulator;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scripted part of the demo: 24 hours of normal hourly history for every device, then one of
 * each anomaly the platform detects (exceedance, ambient spike traced to its source, flat line,
 * abnormal data flag) and two kinds of bad input (wrong CRC, line noise). The hours an anomaly uses
 * are left out of that device's history, so every device ends up with the last 24 complete hours.
 */
final class DemoScenario {

	static final String EXCEEDANCE_MN = "XY-WW-0001-01";

	static final String SPIKE_MN = "XY-AQ-TZW-001";

	static final String FLAT_LINE_MN = "XY-WW-0006-01";

	static final String FLAG_MN = "XY-FG-0009-01";

	static final String BAD_INPUT_MN = "XY-WW-0002-01";

	private static final int HISTORY_HOURS = 24;

	private static final int FLAT_HOURS = 6;

	private static final double COD_EXCEEDANCE = 72.0;

	private static final double FLAT_COD = 31.6;

	private static final double PM25_SPIKE = 95;

	private static final double PM10_SPIKE = 121;

	private static final String MODEM_CHATTER = "+CSQ: 23,99\r\n";

	private final PacketFactory packets;

	private final Recovery recovery;

	private final Map<String, SimulatedLogger> loggers;

	/** The start of the current, incomplete hour; the last complete hour starts one hour earlier. */
	private final ZonedDateTime currentHour;

	DemoScenario(PacketFactory packets, Recovery recovery, List<SimulatedLogger> loggers, ZonedDateTime currentHour) {
		this.packets = packets;
		this.recovery = recovery;
		this.loggers = loggers.stream().collect(Collectors.toMap(SimulatedLogger::name, Function.identity()));
		this.currentHour = currentHour;
		for (String mn : List.of(EXCEEDANCE_MN, SPIKE_MN, FLAT_LINE_MN, FLAG_MN, BAD_INPUT_MN)) {
			if (!this.loggers.containsKey(mn)) {
				throw new IllegalStateException("demo device missing: " + mn);
			}
		}
	}

	/** Sends each device's hourly history, devices in parallel, hours in order. */
	SendStats backFill() throws InterruptedException {
		SendStats stats = new SendStats();
		ExecutorService pool = Executors.newFixedThreadPool(loggers.size());
		try {
			List<Callable<Void>> jobs = new ArrayList<>();
			for (SimulatedLogger logger : loggers.values()) {
				jobs.add(() -> {
					int keep = anomalyHours(logger.name());
					for (int back = HISTORY_HOURS; back > keep; back--) {
						logger.send(packets.hour(logger.device(), currentHour.minusHours(back), Map.of(), logger.random()),
								stats);
					}
					return null;
				});
			}
			for (Future<Void> job : pool.invokeAll(jobs)) {
				job.get();
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("back-fill failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return stats;
	}

	/** Sends the anomalies one after another, printing what each should cause. */
	SendStats anomalies() throws IOException {
		SendStats stats = new SendStats();
		ZonedDateTime lastHour = currentHour.minusHours(1);
		String at = ChinaTime.readable(lastHour);

		SimulatedLogger cod = loggers.get(EXCEEDANCE_MN);
		report("exceedance 超标", cod.device().mn() + " w01018 COD Avg=" + COD_EXCEEDANCE + " mg/L (limit 50), hour " + at,
				cod.send(packets.hour(cod.device(), lastHour, Map.of("w01018", Anomaly.value(COD_EXCEEDANCE)),
						cod.random()), stats), Outcome.answered());
		recovery.elevated(cod.device().mn(), "w01018", COD_EXCEEDANCE);

		SimulatedLogger station = loggers.get(SPIKE_MN);
		Map<String, Anomaly> spike = Map.of("a34004", Anomaly.value(PM25_SPIKE), "a34002", Anomaly.value(PM10_SPIKE),
				"a01008", Anomaly.value(112), "a01007", Anomaly.value(2.6));
		report("PM2.5 spike", station.device().mn() + " a34004 PM2.5 Avg=" + (int) PM25_SPIKE
				+ " μg/m³ (alarm level 60), wind from 112° at 2.6 m/s, hour " + at,
				station.send(packets.hour(station.device(), lastHour, spike, station.random()), stats), Outcome.answered());
		recovery.elevated(station.device().mn(), "a34004", PM25_SPIKE);
		recovery.elevated(station.device().mn(), "a34002", PM10_SPIKE);

		SimulatedLogger flat = loggers.get(FLAT_LINE_MN);
		Outcome flatOutcome = Outcome.answered();
		for (int back = FLAT_HOURS; back >= 1; back--) {
			Outcome outcome = flat.send(packets.hour(flat.device(), currentHour.minusHours(back),
					Map.of("w01018", Anomaly.stuck(FLAT_COD)), flat.random()), stats);
			flatOutcome = (outcome.kind() == Outcome.Kind.ANSWERED) ? flatOutcome : outcome;
		}
		report("flat line 恒值", flat.device().mn() + " w01018 COD=" + FLAT_COD + " for " + FLAT_HOURS + " hours up to " + at,
				flatOutcome, Outcome.answered());

		SimulatedLogger stack = loggers.get(FLAG_MN);
		report("data flag D 仪器故障", stack.device().mn() + " a21026 SO2 Flag=D, hour " + at,
				stack.send(packets.hour(stack.device(), lastHour, Map.of("a21026", Anomaly.flag("D")), stack.random()),
						stats), Outcome.answered());

		SimulatedLogger noisy = loggers.get(BAD_INPUT_MN);
		ZonedDateTime now = ChinaTime.now().withNano(0);
		report("bad CRC", noisy.device().mn() + " real-time packet with a corrupted CRC",
				noisy.sendWithWrongCrc(packets.realtime(noisy.device(), now, noisy.random()), stats), Outcome.refused(9));
		noisy.sendGarbage(MODEM_CHATTER, stats);
		report("garbage line", noisy.device().mn() + " modem chatter \"+CSQ: 23,99\" then a valid real-time packet",
				noisy.send(packets.realtime(noisy.device(), now.plusSeconds(1), noisy.random()), stats),
				Outcome.answered());
		return stats;
	}

	/** How many of the last hours a device's anomaly will send, so its history leaves them out. */
	private static int anomalyHours(String mn) {
		if (FLAT_LINE_MN.equals(mn)) {
			return FLAT_HOURS;
		}
		return Set.of(EXCEEDANCE_MN, SPIKE_MN, FLAG_MN).contains(mn) ? 1 : 0;
	}

	private static void report(String what, String detail, Outcome outcome, Outcome expected) {
		boolean asExpected = outcome.kind() == expected.kind() && java.util.Objects.equals(outcome.qnRtn(), expected.qnRtn());
		System.out.println("  " + what + ": " + detail + " → " + outcome
				+ (asExpected ? "" : "  (UNEXPECTED, wanted " + expected + ")"));
	}

}

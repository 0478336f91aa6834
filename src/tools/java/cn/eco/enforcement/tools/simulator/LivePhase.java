package cn.eco.enforcement.tools.simulator;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Live operation: every interval each logger sends real-time data (CN 2011), then the minute data
 * (CN 2051) of every minute completed since its last minute upload and, when an hour completes, that
 * hour's data (CN 2061). Loggers run independently with a random phase. A drop-out skips a whole
 * send; the logger catches up on its minute data at the next one, as buffering loggers do.
 */
final class LivePhase {

	private final PacketFactory packets;

	private final Recovery recovery;

	private final Duration interval;

	private final double dropout;

	LivePhase(PacketFactory packets, Recovery recovery, Duration interval, double dropout) {
		this.packets = packets;
		this.recovery = recovery;
		this.interval = interval;
		this.dropout = dropout;
	}

	/**
	 * Runs the live phase.
	 * @param loggers the loggers
	 * @param length how long to run
	 * @param currentHour the hour in progress; it is sent once complete (earlier hours are history)
	 * @return what was sent and answered
	 */
	SendStats run(List<SimulatedLogger> loggers, Duration length, ZonedDateTime currentHour) throws InterruptedException {
		SendStats stats = new SendStats();
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(loggers.size());
		ZonedDateTime thisMinute = ChinaTime.now().truncatedTo(ChronoUnit.MINUTES);
		long periodMillis = interval.toMillis();
		for (SimulatedLogger logger : loggers) {
			State state = new State(thisMinute, currentHour);
			scheduler.scheduleAtFixedRate(() -> tick(logger, state, stats),
					ThreadLocalRandom.current().nextLong(Math.min(periodMillis, 5_000)), periodMillis, TimeUnit.MILLISECONDS);
		}
		long end = System.nanoTime() + length.toNanos();
		int minute = 0;
		while (System.nanoTime() < end) {
			long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
			Thread.sleep(Math.max(1, Math.min(left, 60_000)));
			if (end - System.nanoTime() > TimeUnit.SECONDS.toNanos(5)) {
				System.out.println("  live +" + (++minute) + " min: " + stats.summary());
			}
		}
		scheduler.shutdown();
		if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
			scheduler.shutdownNow();
		}
		return stats;
	}

	private void tick(SimulatedLogger logger, State state, SendStats stats) {
		try {
			DeviceProfile device = logger.device();
			if (logger.random().nextDouble() < dropout) {
				stats.skipped();
				return;
			}
			ZonedDateTime now = ChinaTime.now();
			logger.send(packets.realtime(device, now.truncatedTo(ChronoUnit.SECONDS), logger.random()), stats);
			while (!state.nextMinute.plusMinutes(1).isAfter(now)) {
				logger.send(packets.minute(device, state.nextMinute, logger.random()), stats);
				state.nextMinute = state.nextMinute.plusMinutes(1);
			}
			while (!state.nextHour.plusHours(1).isAfter(now)) {
				logger.send(packets.hour(device, state.nextHour, recovery.nextHour(device), logger.random()), stats);
				state.nextHour = state.nextHour.plusHours(1);
			}
		}
		catch (RuntimeException ex) {
			// A scheduled task that throws is never run again: report and keep the logger alive.
			System.out.println("  " + logger.device().mn() + ": " + ex);
		}
	}

	/** The next minute and hour periods a logger owes the platform. */
	private static final class State {

		private ZonedDateTime nextMinute;

		private ZonedDateTime nextHour;

		State(ZonedDateTime nextMinute, ZonedDateTime nextHour) {
			this.nextMinute = nextMinute;
			this.nextHour = nextHour;
		}

	}

}

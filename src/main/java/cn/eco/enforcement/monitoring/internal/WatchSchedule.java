package cn.eco.enforcement.monitoring.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the off-line and completeness watches on their schedules, on one node at a time when
 * several share the database (two nodes checking at once would each open the same condition and
 * raise its alarm twice). A node that finds the lock taken skips that round.
 */
@Component
class WatchSchedule {

	private final OfflineWatch offline;

	private final CompletenessWatch completeness;

	WatchSchedule(OfflineWatch offline, CompletenessWatch completeness) {
		this.offline = offline;
		this.completeness = completeness;
	}

	@Scheduled(fixedDelayString = "${app.monitoring.detection.offline-check:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "monitoring-offline-watch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void checkOffline() {
		offline.check();
	}

	/** Held for five minutes at least, so a node whose clock runs a little behind skips the hour too. */
	@Scheduled(cron = "${app.monitoring.detection.completeness-cron:0 5 * * * *}")
	@SchedulerLock(name = "monitoring-completeness-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void checkCompleteness() {
		completeness.checkLastHour();
	}

}

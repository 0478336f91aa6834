package cn.eco.enforcement.monitoring.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Derives hourly and daily values from minute data on {@code app.monitoring.derivation.cron}, on
 * one node at a time (two nodes deriving the same hour would race for the same rows).
 */
@Component
class ReadingDerivationSchedule {

	private final ReadingDerivation derivation;

	ReadingDerivationSchedule(ReadingDerivation derivation) {
		this.derivation = derivation;
	}

	@Scheduled(cron = "${app.monitoring.derivation.cron:0 15 * * * *}")
	@SchedulerLock(name = "monitoring-reading-derivation", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void derive() {
		derivation.catchUp();
	}

}

package cn.eco.enforcement.casework.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the monthly self-inspections on one node only when several share the database. The lock
 * is held for 30 minutes at least, so a node whose clock lags the first one skips the month.
 */
@Component
class SelfInspectionSchedule {

	private final SelfInspections selfInspections;

	SelfInspectionSchedule(SelfInspections selfInspections) {
		this.selfInspections = selfInspections;
	}

	/** On the first of each month (China time). */
	@Scheduled(cron = "${app.self-inspection.cron:0 0 1 1 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "casework-monthly-self-inspections", lockAtMostFor = "PT2H", lockAtLeastFor = "PT30M")
	public void startMonthly() {
		selfInspections.startMonthly();
	}

}

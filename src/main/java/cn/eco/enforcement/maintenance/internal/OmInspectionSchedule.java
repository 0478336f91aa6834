package cn.eco.enforcement.maintenance.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts the due O&M inspections every night, on one node only when several share the database. */
@Component
class OmInspectionSchedule {

	private final OmInspections inspections;

	OmInspectionSchedule(OmInspections inspections) {
		this.inspections = inspections;
	}

	@Scheduled(cron = "${app.om-inspection.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "maintenance-due-om-inspections", lockAtMostFor = "PT2H", lockAtLeastFor = "PT30M")
	public void startDue() {
		inspections.startDue();
	}

}

package cn.eco.enforcement.assessment.statistics;

import java.time.Clock;
import java.time.YearMonth;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** On the first of each month, on one node, tells the devices that fell short in the month just closed. */
@Component
class TransmissionSchedule {

	private final MonitoringStatistics statistics;

	private final Clock clock;

	TransmissionSchedule(MonitoringStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.monitoring.effective-rate-cron:0 30 2 1 * *}", zone = "${app.zone:Asia/Shanghai}")
	@SchedulerLock(name = "assessment-effective-rate-shortfalls", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	public void reportLastMonth() {
		statistics.reportShortfalls(YearMonth.now(clock).minusMonths(1));
	}

}

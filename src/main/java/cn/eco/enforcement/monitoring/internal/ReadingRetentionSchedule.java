package cn.eco.enforcement.monitoring.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code reading}'s partitions shortly after start and then every
 * {@code app.monitoring.retention.every}, on one node at a time (two nodes making the same
 * partition at once would collide).
 */
@Component
class ReadingRetentionSchedule {

	private final ReadingRetention retention;

	ReadingRetentionSchedule(ReadingRetention retention) {
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${app.monitoring.retention.initial-delay:PT30S}",
			fixedDelayString = "${app.monitoring.retention.every:PT6H}")
	@SchedulerLock(name = "monitoring-reading-partitions", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void maintain() {
		retention.maintain();
	}

}

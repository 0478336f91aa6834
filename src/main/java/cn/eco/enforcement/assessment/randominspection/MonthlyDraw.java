package cn.eco.enforcement.assessment.randominspection;

import java.time.Clock;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Draws the month on its own at the configured time ({@code app.random-inspection.cron}), unless drawn already. */
@Component
class MonthlyDraw {

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(MonthlyDraw.class);

	private final RandomDraws draws;

	private final Clock clock;

	MonthlyDraw(RandomDraws draws, Clock clock) {
		this.draws = draws;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.random-inspection.cron:0 0 6 1 * *}", zone = "Asia/Shanghai")
	void drawThisMonth() {
		YearMonth month = YearMonth.now(clock);
		if (draws.find(month).isPresent()) {
			log.info("Random draw {} exists already; the scheduled draw does nothing", month);
			return;
		}
		draws.draw(month, null, SYSTEM);
	}

}

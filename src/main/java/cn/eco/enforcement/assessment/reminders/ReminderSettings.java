package cn.eco.enforcement.assessment.reminders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When deadline reminders go out.
 *
 * @param dueSoon a task is due soon within this time of its due date, but never earlier than the last
 * quarter of the time it was given (a two-hour sign-for is reminded 30 minutes before)
 * @param cron how often tasks are checked ({@code -} switches it off)
 * @param digestCron when squadron leaders get their daily digest ({@code -} switches it off)
 */
@ConfigurationProperties("app.reminders")
public record ReminderSettings(@DefaultValue("PT4H") Duration dueSoon, @DefaultValue("0 */5 * * * *") String cron,
		@DefaultValue("0 0 8 * * *") String digestCron) {
}

package cn.eco.enforcement.monitoring.internal;

import cn.eco.enforcement.monitoring.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long readings are kept, per period ({@code app.monitoring.retention.*}); on PostgreSQL a
 * partition is dropped once its whole month (or year) is older than this.
 *
 * @param rtd real-time data (CN 2011)
 * @param minute minute data (CN 2051)
 * @param hour hourly data (CN 2061)
 * @param day daily data (CN 2031)
 * @param monthsAhead partitions made beyond the current month
 */
@ConfigurationProperties("app.monitoring.retention")
record RetentionSettings(@DefaultValue("30d") java.time.Period rtd, @DefaultValue("1y") java.time.Period minute,
		@DefaultValue("10y") java.time.Period hour, @DefaultValue("10y") java.time.Period day,
		@DefaultValue("2") int monthsAhead) {

	java.time.Period of(Period period) {
		return switch (period) {
			case RTD -> rtd;
			case MINUTE -> minute;
			case HOUR -> hour;
			case DAY -> day;
		};
	}

}

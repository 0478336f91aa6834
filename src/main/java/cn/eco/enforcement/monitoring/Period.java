package cn.eco.enforcement.monitoring;

/** The period a reading covers: real time (CN 2011), minute (2051), hour (2061) or day (2031). */
public enum Period {

	RTD, MINUTE, HOUR, DAY

}

package cn.eco.enforcement.monitoring.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the anomaly rules (defaults from DOMAIN §f.4; every one is configurable).
 *
 * @param flatLineRecords equal consecutive values that make a flat line, per period (RTD, MINUTE, HOUR)
 * @param zeroRecords consecutive values ≤ 0 that make a zero/negative condition, per period
 * @param jumpMadFactor a jump exceeds this many median absolute deviations of the recent values
 * @param jumpLimitShare … and this share of the limit
 * @param offlineAfter silence after which a device counts as off-line
 */
@ConfigurationProperties("app.monitoring.detection")
record DetectionSettings(@DefaultValue({ "10", "60", "6" }) List<Integer> flatLineRecords,
		@DefaultValue({ "10", "120", "2" }) List<Integer> zeroRecords, @DefaultValue("5") double jumpMadFactor,
		@DefaultValue("0.5") double jumpLimitShare, @DefaultValue("PT1H") Duration offlineAfter) {
}

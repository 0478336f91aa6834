package cn.eco.enforcement.monitoring;

import java.util.List;

/**
 * What became of a batch: how many readings were new (a repeat of stored data is not stored
 * again) and which alarms the data raised.
 */
public record IngestResult(int received, int stored, List<Long> alarmIds) {
}

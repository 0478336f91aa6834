package cn.eco.enforcement.monitoring.hj212;

import java.util.List;
import java.util.Map;

/**
 * The parsed CP data area: DataTime, per-factor items and the fields without a factor code.
 */
record CpContent(String dataTime, List<Hj212Item> items, Map<String, String> other) {
}

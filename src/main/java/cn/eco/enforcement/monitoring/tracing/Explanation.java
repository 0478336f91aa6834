package cn.eco.enforcement.monitoring.tracing;

import cn.eco.enforcement.monitoring.Factors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One line of Chinese telling the dispatcher why a candidate was ranked. */
final class Explanation {

	private static final String SEPARATOR = "；";

	private Explanation() {
	}

	static String of(Findings findings) {
		List<String> parts = new ArrayList<>();
		parts.add(direction(findings) + "，距离 " + format("%.1f", findings.distanceKm()) + " km");
		parts.add(fingerprint(findings.fingerprint()));
		LagCorrelation correlation = findings.correlation();
		if (correlation.coefficient() > 0) {
			parts.add(format("滞后 %d 小时相关系数 %.2f", correlation.lagHours(), correlation.coefficient()));
		}
		if (findings.concurrentAlarm()) {
			parts.add("同期存在超标告警");
		}
		addIfPresent(parts, electricity(findings.candidate().electricity()));
		addIfPresent(parts, prior(findings.candidate().prior()));
		return String.join(SEPARATOR, parts);
	}

	/** Joins combined per-station explanations. */
	static String combined(int stations, String strongest) {
		return format("%d 个告警站点共同指向", stations) + SEPARATOR + strongest;
	}

	private static String direction(Findings findings) {
		if (findings.wind().isCalm()) {
			return format("静风（%.1f m/s），风向不定，按距离判断", findings.wind().speedMs());
		}
		long off = Math.round(findings.angleOffDegrees());
		String side = (off <= 45) ? "上风向" : (off <= 90) ? "侧风向" : "下风向";
		return format("位于站点%s（偏差 %d°）", side, off);
	}

	private static String fingerprint(Fingerprint fingerprint) {
		if (fingerprint.alarmFactors().isEmpty()) {
			return "站点无上升污染物";
		}
		if (fingerprint.matchingFactors().isEmpty()) {
			return "特征污染物不匹配";
		}
		return "特征污染物匹配 "
				+ fingerprint.matchingFactors().stream().map(Factors::label).collect(Collectors.joining("、"));
	}

	private static String electricity(ElectricityState state) {
		return switch (state) {
			case TREATMENT_OFF_WHILE_PRODUCING -> "治理设施停运而生产运行";
			case PRODUCTION_SURGE -> "生产用电异常升高";
			case UNKNOWN, NORMAL -> null;
		};
	}

	private static String prior(Prior prior) {
		return switch (prior) {
			case WATCH -> "重点监管对象";
			case POSITIVE_LIST -> "正面清单企业";
			case NORMAL -> null;
		};
	}

	private static void addIfPresent(List<String> parts, String part) {
		if (part != null) {
			parts.add(part);
		}
	}

	private static String format(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

}

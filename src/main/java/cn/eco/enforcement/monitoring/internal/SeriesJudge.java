package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;

/**
 * Judges one factor's recent readings (newest first) against the anomaly rules of DOMAIN §f.4:
 * exceedance (flue gas on the converted ZsAvg), flat line, zero/negative, jump and abnormal flags.
 * Value rules apply to factors with a limit only. Pure: the caller supplies the history and the limit.
 */
class SeriesJudge {

	/** Values a jump is measured against: the newest and the 24 before it. */
	private static final int JUMP_WINDOW = 25;

	private final DetectionSettings settings;

	SeriesJudge(DetectionSettings settings) {
		this.settings = settings;
	}

	List<Finding> judge(DeviceKind kind, List<Reading> newestFirst, Devices.Limit limit) {
		Reading latest = newestFirst.get(0);
		List<Finding> findings = new ArrayList<>();
		if (!latest.flaggedNormal()) {
			findings.add(finding(ConditionType.ABNORMAL_FLAG, latest, null, limit,
					"数据标记为 " + latest.flag() + "（" + flagLabel(latest.flag()) + "）"));
			return findings;
		}
		BigDecimal value = judgedValue(kind, latest);
		if (value == null) {
			return findings;
		}
		if (limit == null) {
			// Only judged pollutants: wind, temperature or flow may legitimately stay constant or at zero.
			return findings;
		}
		boolean exceeds = value.compareTo(limit.value()) > 0;
		if (exceeds) {
			findings.add(finding(ConditionType.EXCEEDANCE, latest, value, limit, (judgesConverted(kind, latest) ? "折算浓度 " : "")
					+ plain(value) + " 超过限值 " + plain(limit.value()) + " " + Objects.toString(limit.unit(), "")));
		}
		// Each rule walks only as far back as it needs: a packet is judged against long histories.
		int flat = threshold(settings.flatLineRecords(), latest.period());
		if (flat > 0 && value.signum() > 0 && leading(kind, newestFirst, v -> v.compareTo(value) == 0, flat) >= flat) {
			findings.add(finding(ConditionType.FLAT_LINE, latest, value, limit, "连续 " + flat + " 个数据恒为 " + plain(value)));
		}
		int zeros = threshold(settings.zeroRecords(), latest.period());
		if (zeros > 0 && leading(kind, newestFirst, v -> v.signum() <= 0, zeros) >= zeros) {
			findings.add(finding(ConditionType.ZERO_NEGATIVE, latest, value, limit, "连续 " + zeros + " 个数据为零或负值"));
		}
		// A jump into exceedance is the exceedance; it is not reported twice.
		if (!exceeds && isJump(kind, newestFirst, limit.value())) {
			findings.add(finding(ConditionType.JUMP, latest, value, limit,
					"由 " + plain(normalValues(kind, newestFirst, 2).get(1)) + " 突变为 " + plain(value)));
		}
		return findings;
	}

	private boolean isJump(DeviceKind kind, List<Reading> newestFirst, BigDecimal limit) {
		// The step against the limit decides most readings without the median of the history.
		List<BigDecimal> latestTwo = normalValues(kind, newestFirst, 2);
		if (latestTwo.size() < 2 || !(step(latestTwo) > settings.jumpLimitShare() * limit.doubleValue())) {
			return false;
		}
		List<BigDecimal> values = normalValues(kind, newestFirst, JUMP_WINDOW);
		if (values.size() < 6) {
			return false;
		}
		double step = step(values);
		double[] history = values.subList(1, values.size()).stream().mapToDouble(BigDecimal::doubleValue).toArray();
		double median = median(history);
		double mad = median(Arrays.stream(history).map(v -> Math.abs(v - median)).toArray());
		return step > settings.jumpMadFactor() * mad && step > settings.jumpLimitShare() * limit.doubleValue();
	}

	private static double step(List<BigDecimal> newestFirst) {
		return Math.abs(newestFirst.get(0).doubleValue() - newestFirst.get(1).doubleValue());
	}

	static BigDecimal judgedValue(DeviceKind kind, Reading reading) {
		return judgesConverted(kind, reading) ? reading.zsAvg() : reading.value();
	}

	private static boolean judgesConverted(DeviceKind kind, Reading reading) {
		return kind == DeviceKind.FLUE_GAS && reading.zsAvg() != null;
	}

	/** The newest values up to the first abnormal one, at most {@code max}. */
	private static List<BigDecimal> normalValues(DeviceKind kind, List<Reading> newestFirst, int max) {
		List<BigDecimal> values = new ArrayList<>(Math.min(max, newestFirst.size()));
		for (Reading reading : newestFirst) {
			BigDecimal value = judgedValue(kind, reading);
			if (values.size() == max || !reading.flaggedNormal() || value == null) {
				break;
			}
			values.add(value);
		}
		return values;
	}

	/** How many of the newest values (at most {@code max}) are normal and match, without a gap. */
	private static int leading(DeviceKind kind, List<Reading> newestFirst, Predicate<BigDecimal> matches, int max) {
		int count = 0;
		for (Reading reading : newestFirst) {
			BigDecimal value = judgedValue(kind, reading);
			if (count == max || !reading.flaggedNormal() || value == null || !matches.test(value)) {
				break;
			}
			count++;
		}
		return count;
	}

	private static int threshold(List<Integer> perPeriod, Period period) {
		return switch (period) {
			case RTD -> perPeriod.get(0);
			case MINUTE -> perPeriod.get(1);
			case HOUR -> perPeriod.get(2);
			case DAY -> 0;
		};
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	private static Finding finding(ConditionType type, Reading r, BigDecimal value, Devices.Limit limit, String detail) {
		return new Finding(type, r.factorCode(), r.dataTime(), value == null ? r.value() : value,
				limit == null ? null : limit.value(), limit == null ? null : limit.unit(), detail);
	}

	static String plain(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	static String flagLabel(String flag) {
		return switch (flag.toUpperCase()) {
			case "F" -> "停运";
			case "M" -> "维护";
			case "S" -> "手工输入";
			case "D" -> "仪器故障";
			case "C" -> "校准";
			case "T" -> "超测上限";
			case "B" -> "通讯异常";
			default -> "未知标记";
		};
	}

}

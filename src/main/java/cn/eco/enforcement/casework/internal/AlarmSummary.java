package cn.eco.enforcement.casework.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.monitoring.Factors;

/** The multi-line Chinese summary of an alarm that every task form shows at its top. */
final class AlarmSummary {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private AlarmSummary() {
	}

	static String of(AlarmView alarm, String subjectName, java.util.function.UnaryOperator<String> enterpriseNames) {
		StringBuilder text = new StringBuilder();
		text.append("告警编号：").append(alarm.externalId()).append("（#").append(alarm.id()).append("）\n");
		text.append("来源：").append(alarm.sourceType().label()).append('\n');
		if (alarm.placeBased()) {
			text.append("地点：").append(alarm.address() == null ? "" : alarm.address() + "，").append("纬度 ")
				.append(String.format("%.5f", alarm.latitude())).append("，经度 ").append(String.format("%.5f", alarm.longitude()))
				.append("（乡镇 ").append(alarm.townshipCode()).append("）\n");
		}
		else {
			text.append(alarm.enterpriseCode() != null ? "企业：" : "站点：").append(subjectName).append("（")
				.append(alarm.enterpriseCode() != null ? alarm.enterpriseCode() : alarm.stationCode()).append("）\n");
		}
		if (alarm.pollutant() != null) {
			text.append("因子：").append(Factors.label(alarm.pollutant(), alarm.unit())).append("  实测 ")
				.append(plain(alarm.value())).append("，限值 ").append(plain(alarm.limit())).append('\n');
		}
		text.append("发生时间：").append(alarm.observedAt().atZoneSameInstant(CHINA).format(TIME));
		if (alarm.description() != null) {
			text.append("\n情况描述：").append(alarm.description());
		}
		int rank = 1;
		for (var suspect : alarm.suspectedSources()) {
			text.append(rank == 1 ? (alarm.placeBased() ? "\n周边企业（疑似污染源，仅供参考）：" : "\n溯源疑似污染源（仅供派遣参考）：") : "").append("\n  ").append(rank++).append(". ")
				.append(enterpriseNames.apply(suspect.enterpriseCode())).append("（").append(suspect.enterpriseCode())
				.append("，得分 ").append(String.format("%.2f", suspect.score())).append("）：").append(suspect.explanation());
		}
		return text.toString();
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}


}

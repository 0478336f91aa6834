package cn.eco.enforcement.monitoring.internal;

import java.time.format.DateTimeFormatter;

import cn.eco.enforcement.monitoring.ConditionDeclarationView;

/** The words an exceedance alarm carries when it was observed inside a declared start-up or shutdown period. */
final class DeclaredConditionMark {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private DeclaredConditionMark() {
	}

	/** 「企业申报的启炉期间（…）」, appended to the alarm's description. */
	static String text(ConditionDeclarationView d) {
		return "【企业申报的" + d.kindLabel() + "期间：" + d.from().atZoneSameInstant(PacketReadings.CHINA).format(TIME) + " 至 "
				+ d.to().atZoneSameInstant(PacketReadings.CHINA).format(TIME) + "，申报人 " + d.declaredBy() + "，申报于 "
				+ d.declaredAt().atZoneSameInstant(PacketReadings.CHINA).format(TIME) + "（设备 " + d.mn() + "）】";
	}

}

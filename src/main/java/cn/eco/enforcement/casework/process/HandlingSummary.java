package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

/** The Chinese account of what was done on site or off site, shown to the reviewing squadron leader. */
final class HandlingSummary {

	private HandlingSummary() {
	}

	static String of(LoopVariables loop, boolean offSite, String handler) {
		StringBuilder text = new StringBuilder(offSite ? "非现场核查" : "现场处置").append("（办理人：").append(handler).append("）");
		if (offSite) {
			line(text, "核查方式", loop.text("verificationMethods"));
			line(text, "核查情况", loop.text(VERIFICATION_FINDINGS));
		}
		else {
			line(text, "同行执法人员", loop.text("companionInspector"));
			line(text, "现场检查记录", loop.text(INSPECTION_RECORD));
			line(text, "发现的问题", loop.text(FINDINGS));
			line(text, "现场处置措施", loop.text("handlingMeasures"));
			line(text, "现场证据", loop.has("evidence") ? "已上传" : "未上传");
		}
		line(text, "认定", loop.flag(VIOLATION_FOUND) ? "存在环境违法行为" : "未发现违法行为");
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append('\n').append(label).append("：").append(value);
		}
	}

}

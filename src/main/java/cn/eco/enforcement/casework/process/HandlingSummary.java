package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import java.util.List;
import java.util.stream.Collectors;

import cn.eco.enforcement.evidence.EvidenceItem;

/** The Chinese account of what was done on site or off site, shown to the reviewing squadron leader. */
final class HandlingSummary {

	private static final int SHOWN_NAMES = 9;

	private HandlingSummary() {
	}

	static String of(LoopVariables loop, boolean offSite, String handler, List<EvidenceItem> evidence) {
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
		}
		line(text, offSite ? "核查证据" : "现场证据", evidence(evidence));
		line(text, "认定", loop.flag(VIOLATION_FOUND) ? "存在环境违法行为" : "未发现违法行为");
		return text.toString();
	}

	/**
	 * The first version of 处置反馈, from what the handling step recorded: the inspector confirms it or
	 * adds to it instead of typing it again.
	 */
	static String feedbackDraft(LoopVariables loop, boolean offSite) {
		StringBuilder text = new StringBuilder(offSite ? "经非现场核查" : "经现场检查");
		text.append(loop.flag(VIOLATION_FOUND) ? "，确认存在环境违法行为。" : "，未发现环境违法行为。");
		if (offSite) {
			line(text, "核查情况", loop.text(VERIFICATION_FINDINGS));
		}
		else {
			line(text, "发现的问题", loop.text(FINDINGS));
			line(text, "已采取的措施", loop.text("handlingMeasures"));
		}
		return text.toString();
	}

	/** How many items of which kind and their names (the forms show each one: evidenceItems). */
	private static String evidence(List<EvidenceItem> items) {
		if (items.isEmpty()) {
			return "未上传";
		}
		long photos = items.stream().filter(i -> i.contentType().startsWith("image/") && !i.chart()).count();
		long videos = items.stream().filter(i -> i.contentType().startsWith("video/")).count();
		String names = items.stream().limit(SHOWN_NAMES).map(EvidenceItem::fileName).collect(Collectors.joining("、"))
				+ (items.size() > SHOWN_NAMES ? " 等" : "");
		return items.size() + " 项（照片 " + photos + "，视频 " + videos + "，其他 " + (items.size() - photos - videos) + "）：" + names;
	}

	private static void line(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append('\n').append(label).append("：").append(value);
		}
	}

}

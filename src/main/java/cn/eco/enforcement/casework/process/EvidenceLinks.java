package cn.eco.enforcement.casework.process;

import java.util.List;

import cn.eco.enforcement.evidence.EvidenceItem;

/**
 * The alarm's evidence as Markdown links for the reviewing squadron leader's form (Camunda Forms
 * have no file field; a text component renders {@code {{evidenceLinks}}}): one line per item, opened
 * with Tasklist's session.
 */
final class EvidenceLinks {

	private EvidenceLinks() {
	}

	static String markdown(long alarmId, List<EvidenceItem> items) {
		if (items.isEmpty()) {
			return "**现场证据**：未上传";
		}
		StringBuilder text = new StringBuilder("**现场证据**（" + items.size() + " 项，点击查看）：\n");
		for (EvidenceItem item : items) {
			text.append("\n- [").append(escaped(item.fileName())).append("](/api/alarms/").append(alarmId)
				.append("/evidence/").append(item.id()).append(")（").append(kind(item)).append("，")
				.append(item.uploadedBy()).append(" 上传）");
		}
		return text.toString();
	}

	private static String kind(EvidenceItem item) {
		return item.contentType().startsWith("image/") ? "照片" : item.contentType().startsWith("video/") ? "视频" : "文档";
	}

	/** A file name as Markdown text: no link, emphasis or HTML made of it. */
	private static String escaped(String name) {
		return name.replaceAll("([\\\\`*_{}\\[\\]()<>#+!|~])", "\\\\$1");
	}

}

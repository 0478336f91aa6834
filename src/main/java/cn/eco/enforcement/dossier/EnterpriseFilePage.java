package cn.eco.enforcement.dossier;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.dossier.EnterpriseFileController.EnterpriseFile;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.maintenance.OmStanding;
import cn.eco.enforcement.monitoring.Factors;

/** The enterprise file (一企一档) as a page for inspectors: every value escaped, Chinese, phone-friendly. */
final class EnterpriseFilePage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

	private EnterpriseFilePage() {
	}

	static String render(EnterpriseFile file) {
		EnterpriseProfile e = file.enterprise();
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>一企一档</title><style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:960px;padding:8px;color:#222}
				h1{font-size:20px}h2{font-size:16px;border-left:4px solid #1b6b3a;padding-left:6px;margin-top:20px}
				table{width:100%;border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #eee;padding:5px;text-align:left}</style></head><body>""");
		html.append("<h1>一企一档：").append(htmlEscape(e.name())).append("</h1>");
		table(html, "基本信息", List.of("项目", "内容"), List.of(
				List.of("企业编码", e.code()), List.of("统一社会信用代码", e.creditCode()),
				List.of("排污许可证编号", text(e.permitNumber())), List.of("地址", text(e.address())),
				List.of("类别", "KEY".equals(e.category()) ? "重点排污单位" : "一般排污单位"),
				List.of("属地中队", text(e.squadronCode())), List.of("责任网格员 / B 角", text(e.responsibleInspector()) + " / " + text(e.deputyInspector())),
				List.of("正面清单", e.positiveList() ? "是" : "否"), List.of("近 12 个月确认违法", String.valueOf(e.confirmedViolations12m()))));
		table(html, "自动监测最新数据", List.of("排口/因子", "数值", "限值", "时间", "判定"), file.latestValues().stream()
			.map(v -> List.of(text(v.outlet()) + " " + v.factorName(), v.value().toPlainString(), v.limit().toPlainString() + " " + text(v.unit()),
					TIME.format(v.dataTime()), v.exceeds() ? "超标" : "达标"))
			.toList());
		table(html, "告警与处置", List.of("发生时间", "来源", "因子", "状态", "承办人"), file.alarms().stream()
			.map(a -> List.of(TIME.format(a.observedAt()), a.sourceType().label(), Factors.label(a.pollutant(), a.unit()), a.statusLabel(), text(a.assignee())))
			.toList());
		table(html, "检查记录", List.of("日期", "方式", "结果"), file.inspections().stream()
			.map(i -> List.of(i.date().toString(), i.onSite() ? "现场检查" : "非现场核查", i.violationFound() ? "发现违法行为" : "未发现问题"))
			.toList());
		table(html, "案源与案件", List.of("案号/案源编号", "状态", "处理结果", "罚款（元）", "承办人", "结案时间"), file.cases().stream()
			.map(c -> List.of(text(c.caseNumber()), CaseworkApi.statusLabel(c.status()), outcomeLabel(c.outcome()),
					c.fineAmount() == null ? "—" : c.fineAmount().stripTrailingZeros().toPlainString(), text(c.leadInspector()),
					c.closedAt() == null ? "—" : TIME.format(c.closedAt())))
			.toList());
		table(html, "未完成整改", List.of("来源", "开始", "期限", "状态"), file.openRectifications().stream()
			.map(r -> List.of(r.source(), r.openedOn().toString(), r.deadline() == null ? "待定" : r.deadline().toString(), r.overdue() ? "逾期" : "整改中"))
			.toList());
		omFindings(html, file.omInspection());
		return html.append("</body></html>").toString();
	}

	/** The O&M findings, each with links to the photos of its checklist item (照片 1, 照片 2 …). */
	private static void omFindings(StringBuilder html, OmStanding standing) {
		List<List<String>> rows = standing.findings().stream()
			.map(f -> List.of(htmlEscape(TIME.format(f.foundAt())), htmlEscape(f.findingClassLabel()), htmlEscape(f.item()),
					htmlEscape(text(f.note())), htmlEscape(f.rectificationDeadline().toString()), htmlEscape(f.statusLabel()),
					photoLinks(f.photoUrls())))
			.toList();
		escapedTable(html, "第三方巡检问题（运维信用：" + standing.label() + "）",
				List.of("发现时间", "类别", "检查项", "说明", "整改期限", "状态", "巡检照片"), rows);
	}

	private static String photoLinks(List<String> urls) {
		if (urls.isEmpty()) {
			return "无";
		}
		StringBuilder links = new StringBuilder(urls.size() + " 张：");
		for (int i = 0; i < urls.size(); i++) {
			links.append("<a href=\"").append(htmlEscape(urls.get(i))).append("\" target=\"_blank\" rel=\"noopener\">照片 ")
				.append(i + 1).append("</a> ");
		}
		return links.toString().strip();
	}

	private static void table(StringBuilder html, String title, List<String> headers, List<List<String>> rows) {
		escapedTable(html, title, headers, rows.stream().map(row -> row.stream().map(c -> htmlEscape(c)).toList()).toList());
	}

	/** A table whose cells are HTML already (every value in them escaped by the caller). */
	private static void escapedTable(StringBuilder html, String title, List<String> headers, List<List<String>> rows) {
		html.append("<h2>").append(htmlEscape(title)).append("</h2>");
		if (rows.isEmpty()) {
			html.append("<p>暂无</p>");
			return;
		}
		html.append("<table><tr>");
		headers.forEach(h -> html.append("<th>").append(htmlEscape(h)).append("</th>"));
		html.append("</tr>");
		for (List<String> row : rows) {
			html.append("<tr>");
			row.forEach(c -> html.append("<td>").append(c).append("</td>"));
			html.append("</tr>");
		}
		html.append("</table>");
	}

	private static String text(String value) {
		return value == null ? "—" : value;
	}

	private static String outcomeLabel(String outcome) {
		return outcome == null ? "—" : switch (outcome) {
			case "PENALTY" -> "行政处罚";
			case "NO_PENALTY" -> "不予处罚";
			case "NOT_ESTABLISHED" -> "违法事实不成立";
			case "TRANSFER" -> "移送";
			default -> outcome;
		};
	}

}

package cn.eco.enforcement.assessment.statistics;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/** The monthly table as a page: filters, the table, two charts and the definitions. Chinese, phone-friendly. */
final class StatisticsPage {

	static final String DEFINITIONS = """
			<h2>统计口径</h2><ul>
			<li><b>检查企业数</b>：本月由该执法人员完成“现场处置”“非现场核查”或“双随机现场检查”任务的不同企业数（按流程记录的企业，同一企业只计一次）。</li>
			<li><b>发现问题数</b>：本月经中队长审核、认定该执法人员发现违法行为的闭环数，加上其本月完成且发现问题的双随机检查数。</li>
			<li><b>检查记录数</b>：本月完成的“现场处置”记录与“双随机现场检查”记录份数（退回重办后重新记录的另计）。</li>
			<li><b>收集案源数</b>：本月开立、承办人为该执法人员的案源数。</li>
			<li><b>办理案件数</b>：本月该执法人员在其中完成过至少一项任务的立案查处流程数。</li>
			<li><b>立案数</b>：本月作出立案决定、承办人为该执法人员且已立案的案件数。</li>
			<li><b>秸秆焚烧处置数</b>、<b>视频/河道巡查处置数</b>、<b>群众举报处置数</b>：本月由该执法人员完成“现场处置”或“非现场核查”的秸秆焚烧（火点）告警、视频巡查与河道巡查告警、群众举报（有定位的和针对企业的）数，同一告警只计一次（退回重办不重复计）。</li>
			<li>任务由谁完成以流程历史为准（认领人，未认领直接办理的以操作日志中的办理人为准）；月份按北京时间自然月；中队、分局按人员当前所在单位。中队、分局合计中同一企业、同一案件、同一告警只计一次。</li></ul>""";

	private StatisticsPage() {
	}

	static String render(MonthlyTable table, String squadron, String branch) {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>执法人员监督检查工作统计表</title><style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:8px;color:#222}
				h1{font-size:20px}h2{font-size:16px;border-left:4px solid #1b6b3a;padding-left:6px;margin-top:20px}.scroll{overflow-x:auto}
				table{width:100%;border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #eee;padding:5px;text-align:left;white-space:nowrap}
				td.n,th.n{text-align:right}tr.total td{font-weight:bold;border-top:2px solid #1b6b3a}form{margin:8px 0}input,button{font-size:14px;padding:4px}
				@media (max-width:600px){.b{display:none}}figure{margin:12px 0}figcaption{font-weight:bold;font-size:14px}li{margin:4px 0;font-size:13px}a{color:#1b6b3a}</style></head><body>""");
		html.append("<h1>执法人员监督检查工作统计表（").append(table.month()).append("）</h1>");
		html.append("<form method=\"get\">月份 <input type=\"month\" name=\"month\" value=\"").append(table.month())
			.append("\"> ");
		hidden(html, "squadron", squadron);
		hidden(html, "branch", branch);
		html.append("<button type=\"submit\">查询</button></form>");
		html.append("<p>导出：<a href=\"").append(link("/api/statistics/inspectors.xlsx", table, squadron, branch))
			.append("\">Excel（XLSX）</a> · <a href=\"").append(link("/api/statistics/inspectors.csv", table, squadron, branch))
			.append("\">CSV</a>").append(squadron != null ? " · 中队 " + htmlEscape(squadron) : "")
			.append(branch != null ? " · 分局 " + htmlEscape(branch) : "").append("</p>");
		inspectorTable(html, table);
		unitTable(html, "中队合计", table.squadrons());
		unitTable(html, "分局合计", table.branches());
		html.append(Charts.horizontal("各中队（有记录者）：检查企业数 / 发现问题数 / 立案数", List.of("检查企业", "发现问题", "立案"),
				table.squadrons().stream().map(u -> new Charts.Bars(u.unitName(), new long[] { u.enterprisesInspected(),
						u.problemsFound(), u.casesFiled() })).toList()));
		html.append(Charts.horizontal("执法人员（有记录者）：检查记录数 / 收集案源数", List.of("检查记录", "案源"),
				table.inspectors().stream().map(m -> new Charts.Bars(m.inspectorName(), new long[] { m.inspectionRecords(),
						m.caseLeads() })).toList()));
		return html.append(DEFINITIONS).append("</body></html>").toString();
	}

	private static void inspectorTable(StringBuilder html, MonthlyTable table) {
		html.append("<h2>执法人员</h2><div class=\"scroll\"><table><tr>");
		TableExport.HEADERS.stream().skip(1).forEach(h -> html.append(h.endsWith("数") ? "<th class=\"n\">"
				: h.equals("分局") ? "<th class=\"b\">" : "<th>").append(h).append("</th>"));
		html.append("</tr>");
		List<List<Object>> rows = TableExport.rows(table);
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			html.append(r == rows.size() - 1 ? "<tr class=\"total\">" : "<tr>");
			html.append("<td>").append(htmlEscape(r == rows.size() - 1 ? "合计" : String.valueOf(row.get(1)))).append("</td>");
			for (int c = 2; c < row.size(); c++) {
				Object v = row.get(c);
				html.append(v instanceof Number ? "<td class=\"n\">" : c == 3 ? "<td class=\"b\">" : "<td>")
					.append(htmlEscape(String.valueOf(v))).append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</table></div>");
	}

	private static void unitTable(StringBuilder html, String title, List<UnitMonth> units) {
		html.append("<h2>").append(title).append("</h2><div class=\"scroll\"><table><tr><th>单位</th><th class=\"n\">人数</th>");
		TableExport.HEADERS.stream().skip(4).forEach(h -> html.append("<th class=\"n\">").append(h).append("</th>"));
		html.append("</tr>");
		for (UnitMonth u : units) {
			html.append("<tr><td>").append(htmlEscape(u.unitName() == null ? u.unit() : u.unitName())).append("</td>");
			for (long v : new long[] { u.inspectors(), u.enterprisesInspected(), u.problemsFound(), u.inspectionRecords(),
					u.caseLeads(), u.casesHandled(), u.casesFiled(), u.strawBurningHandled(), u.patrolsHandled(),
					u.complaintsHandled() }) {
				html.append("<td class=\"n\">").append(v).append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</table></div>");
	}

	private static void hidden(StringBuilder html, String name, String value) {
		if (value != null) {
			html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(htmlEscape(value)).append("\">");
		}
	}

	private static String link(String path, MonthlyTable table, String squadron, String branch) {
		return htmlEscape(UriComponentsBuilder.fromPath(path).queryParam("month", table.month())
			.queryParamIfPresent("squadron", java.util.Optional.ofNullable(squadron))
			.queryParamIfPresent("branch", java.util.Optional.ofNullable(branch)).encode().build().toUriString());
	}

}

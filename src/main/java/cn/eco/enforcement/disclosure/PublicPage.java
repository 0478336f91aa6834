package cn.eco.enforcement.disclosure;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi.CorrectionOrderNotice;
import cn.eco.enforcement.casework.CaseworkApi.PenaltyDecisionNotice;
import cn.eco.enforcement.monitoring.LatestValue;

/** Renders the public record as a small, mobile-first Chinese HTML page (every value escaped). */
final class PublicPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final String HEAD = """
			<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
			<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
			<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f6f8;color:#222}
			header{background:#1b6b3a;color:#fff;padding:16px}h1{font-size:20px;margin:0 0 4px}header p{margin:0;font-size:13px;opacity:.9}
			section{background:#fff;margin:10px;padding:12px;border-radius:8px}h2{font-size:16px;margin:0 0 8px}
			table{width:100%%;border-collapse:collapse;font-size:13px}td,th{padding:6px 4px;border-bottom:1px solid #eee;text-align:left}
			.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;margin:2px 4px 2px 0}
			.ok{background:#e3f4e8;color:#1b6b3a}.warn{background:#fdecea;color:#b3261e}.info{background:#e8eef9;color:#27467a}
			.qs{display:grid;grid-template-columns:repeat(6,1fr);gap:6px}.q{text-align:center;font-size:11px;color:#555}.q b{display:block;font-size:16px}
			footer{font-size:12px;color:#777;padding:8px 14px 24px}</style></head><body>""";

	private PublicPage() {
	}

	static String render(PublicRecord r) {
		StringBuilder html = new StringBuilder(HEAD.formatted(htmlEscape(r.name()) + " - 企业环境信息公开"));
		html.append("<header><h1>").append(htmlEscape(r.name())).append("</h1><p>排污许可证编号：")
			.append(htmlEscape(r.permitNumber() == null ? "—" : r.permitNumber())).append("</p></header>");
		html.append("<section><h2>监管类别</h2>")
			.append(badge("KEY".equals(r.category()) ? "重点排污单位" : "一般排污单位", "info"))
			.append(r.positiveList() ? badge("监督执法正面清单企业", "ok") : "")
			.append(r.repeatViolator() ? badge("重点监管对象", "warn") : "").append("</section>");
		appendMonitoring(html, r);
		appendInspections(html, r);
		appendDecisions(html, r);
		appendCorrectionOrders(html, r);
		appendRectifications(html, r);
		appendHistory(html, r.history());
		html.append("<section><h2>环境问题举报</h2><p>发现该企业有污染环境的行为？<a class=\"report\" href=\"")
			.append(htmlEscape(r.token())).append("/complaint\">我要举报</a>（可匿名，联系方式仅承办执法中队可见）</p></section>");
		return html.append("<footer>本页面信息由生态环境部门公开，仅供公众查询监督。监测数据为企业自动监测设备上传的最新数据。</footer></body></html>")
			.toString();
	}

	/** The head of every public page with its title, for the complaint pages. */
	static String head(String title) {
		return HEAD.formatted(htmlEscape(title));
	}

	static String notFound() {
		return HEAD.formatted("未找到企业信息")
				+ "<section><h2>未找到企业信息</h2><p>二维码无效或已停用，请联系当地生态环境部门核实。</p></section></body></html>";
	}

	static String tooManyRequests() {
		return HEAD.formatted("访问过于频繁") + "<section><h2>访问过于频繁</h2><p>请稍后再试。</p></section></body></html>";
	}

	private static void appendMonitoring(StringBuilder html, PublicRecord r) {
		html.append("<section><h2>最新自动监测数据</h2>");
		if (r.latestValues().isEmpty()) {
			html.append("<p>暂无自动监测数据。</p></section>");
			return;
		}
		html.append("<table><tr><th>排口/因子</th><th>监测值</th><th>限值</th><th>时间</th></tr>");
		for (LatestValue v : r.latestValues()) {
			html.append("<tr><td>").append(htmlEscape(v.outlet() == null ? "" : v.outlet() + " ")).append(htmlEscape(v.factorName()))
				.append("</td><td>").append(v.value().stripTrailingZeros().toPlainString())
				.append(v.exceeds() ? badge("超标", "warn") : badge("达标", "ok")).append("</td><td>")
				.append(v.limit().stripTrailingZeros().toPlainString()).append(' ').append(htmlEscape(v.unit() == null ? "" : v.unit()))
				.append("</td><td>").append(TIME.format(v.dataTime())).append("</td></tr>");
		}
		html.append("</table></section>");
	}

	private static void appendInspections(StringBuilder html, PublicRecord r) {
		html.append("<section><h2>近期监管检查</h2>");
		if (r.inspections().isEmpty()) {
			html.append("<p>近一年无检查记录。</p></section>");
			return;
		}
		html.append("<table><tr><th>日期</th><th>方式</th></tr>");
		for (PublicRecord.Inspection i : r.inspections()) {
			html.append("<tr><td>").append(i.date()).append("</td><td>").append(i.onSite() ? "现场检查" : "非现场核查")
				.append("</td></tr>");
		}
		html.append("</table><p style=\"font-size:12px;color:#777\">检查发现的问题依法作出处罚决定并送达后，在“行政处罚决定”中公开。</p></section>");
	}

	private static void appendDecisions(StringBuilder html, PublicRecord r) {
		html.append("<section><h2>行政处罚决定</h2>");
		if (r.decisions().isEmpty()) {
			html.append("<p>近三年无行政处罚决定。</p></section>");
			return;
		}
		html.append("<table><tr><th>决定书文号</th><th>决定日期</th><th>法律依据</th><th>处罚内容</th></tr>");
		for (PenaltyDecisionNotice d : r.decisions()) {
			html.append("<tr><td>").append(htmlEscape(d.decisionNumber())).append("</td><td>").append(d.decidedOn())
				.append("</td><td>").append(htmlEscape(legalBasis(d))).append("</td><td>").append(htmlEscape(penalty(d)))
				.append("</td></tr>");
		}
		html.append("</table></section>");
	}

	private static void appendCorrectionOrders(StringBuilder html, PublicRecord r) {
		html.append("<section><h2>责令改正违法行为决定</h2>");
		if (r.correctionOrders().isEmpty()) {
			html.append("<p>当前无生效的责令改正违法行为决定。</p></section>");
			return;
		}
		html.append("<table><tr><th>决定书文号</th><th>送达日期</th><th>状态</th></tr>");
		for (CorrectionOrderNotice o : r.correctionOrders()) {
			html.append("<tr><td>").append(htmlEscape(o.orderNumber())).append("</td><td>").append(o.servedOn())
				.append("</td><td>").append(badge("责令改正中", "warn")).append("</td></tr>");
		}
		html.append("</table></section>");
	}

	private static String legalBasis(PenaltyDecisionNotice d) {
		List<String> parts = new ArrayList<>();
		if (d.violatedProvision() != null && !d.violatedProvision().isBlank()) {
			parts.add("违反" + d.violatedProvision().strip());
		}
		if (d.penaltyProvision() != null && !d.penaltyProvision().isBlank()) {
			parts.add("依据" + d.penaltyProvision().strip());
		}
		return parts.isEmpty() ? "—" : String.join("；", parts);
	}

	private static String penalty(PenaltyDecisionNotice d) {
		BigDecimal fine = d.fineAmount();
		String text = fine == null || fine.signum() == 0 ? "警告" : "罚款 " + fine.stripTrailingZeros().toPlainString() + " 元";
		return d.correctionOrdered() ? text + "，责令改正违法行为" : text;
	}

	private static void appendRectifications(StringBuilder html, PublicRecord r) {
		html.append("<section><h2>整改事项</h2>");
		if (r.openRectifications().isEmpty()) {
			html.append("<p>当前无未完成的整改事项。</p></section>");
			return;
		}
		html.append("<table><tr><th>来源</th><th>开始</th><th>整改期限</th><th>状态</th></tr>");
		for (var rectification : r.openRectifications()) {
			html.append("<tr><td>").append(htmlEscape(rectification.source())).append("</td><td>").append(rectification.openedOn())
				.append("</td><td>").append(rectification.deadline() == null ? "待定" : rectification.deadline().toString())
				.append("</td><td>").append(rectification.overdue() ? badge("逾期未完成", "warn") : badge("整改中", "info"))
				.append("</td></tr>");
		}
		html.append("</table></section>");
	}

	private static void appendHistory(StringBuilder html, ComplianceHistory history) {
		html.append("<section><h2>近 12 个季度守法记录</h2><div class=\"qs\">");
		for (int i = 0; i < ComplianceHistory.QUARTERS; i++) {
			boolean violation = history.quarters().charAt(i) == 'V';
			html.append("<span class=\"q\"><b style=\"color:").append(violation ? "#b3261e" : "#1b6b3a").append("\">")
				.append(violation ? "✕" : "✓").append("</b>").append(history.label(i)).append("</span>");
		}
		html.append("</div><p style=\"font-size:12px;color:#777\">✓ 无行政处罚决定　✕ 该季度作出了行政处罚决定</p></section>");
	}

	private static String badge(String text, String kind) {
		return "<span class=\"badge " + kind + "\">" + htmlEscape(text) + "</span>";
	}

}

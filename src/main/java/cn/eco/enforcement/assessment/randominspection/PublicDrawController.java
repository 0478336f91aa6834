package cn.eco.enforcement.assessment.randominspection;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /public/random-inspections/{month}}: a published draw as the public may see it (一公开):
 * which enterprises were drawn from which pool and what the inspections found. No officer names,
 * notes or seeds; a draw not yet published, or published before its inspections were done, is not
 * found, and a firm not yet visited is not named.
 */
@RestController
class PublicDrawController {

	private final RandomDraws draws;

	private final ZoneId zone;

	PublicDrawController(RandomDraws draws, java.time.Clock clock) {
		this.draws = draws;
		this.zone = clock.getZone();
	}

	/** One line of the published plan and result. */
	record PublicInspection(String enterpriseName, String pool, String status, LocalDate completedOn, String result) {
	}

	/** A published month. */
	record PublicDraw(String month, LocalDate drawnOn, int drawn, List<PublicInspection> inspections) {
	}

	@GetMapping(value = "/public/random-inspections/{month}", produces = "application/json")
	PublicDraw published(@PathVariable String month) {
		DrawView draw = draws.find(RandomDrawController.month(month))
			.filter(d -> d.publishedAt() != null && d.carriedOut())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "该月抽查结果尚未公开"));
		// A firm no pair of officers could be sent to is still to be visited: not named.
		return new PublicDraw(draw.month(), draw.drawnAt().atZoneSameInstant(zone).toLocalDate(), draw.inspections().size(),
				draw.inspections().stream().filter(i -> "DONE".equals(i.status())).map(this::publicView).toList());
	}

	@GetMapping(value = "/public/random-inspections/{month}", produces = "text/html;charset=UTF-8")
	String page(@PathVariable String month) {
		PublicDraw draw = published(month);
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>双随机抽查结果公开</title><style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:900px;padding:8px}
				table{width:100%;border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #eee;padding:6px;text-align:left}</style></head><body>""");
		html.append("<h1>").append(draw.month()).append(" 双随机抽查计划与结果</h1><p>抽取日期：").append(draw.drawnOn())
			.append("；抽取企业 ").append(draw.drawn()).append(" 家。</p><table><tr><th>企业</th><th>类别</th><th>状态</th><th>检查日期</th><th>检查结果</th></tr>");
		for (PublicInspection i : draw.inspections()) {
			html.append("<tr><td>").append(htmlEscape(i.enterpriseName())).append("</td><td>").append(i.pool()).append("</td><td>")
				.append(i.status()).append("</td><td>").append(i.completedOn() == null ? "—" : i.completedOn()).append("</td><td>")
				.append(i.result()).append("</td></tr>");
		}
		return html.append("</table></body></html>").toString();
	}

	private PublicInspection publicView(RandomInspectionView i) {
		String status = switch (i.status()) {
			case "DONE" -> "已检查";
			case "UNSTAFFED" -> "待另行安排";
			default -> "检查中";
		};
		String result = i.problemFound() == null ? "—" : i.problemFound() ? "发现问题，已转入执法程序" : "未发现问题";
		return new PublicInspection(i.enterpriseName(), i.pool().label(), status,
				i.completedAt() == null ? null : i.completedAt().atZoneSameInstant(zone).toLocalDate(), result);
	}

}

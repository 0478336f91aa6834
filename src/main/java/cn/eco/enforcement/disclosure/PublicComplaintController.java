package cn.eco.enforcement.disclosure;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.Complainant;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /public/e/{token}/complaint}: anyone who scanned a firm's QR code reports a problem about
 * it, without logging in (举报). The complaint enters the loop like any other and goes to the firm's
 * squadron; the complainant may stay anonymous, and the contact left is seen only by that squadron.
 * At most {@code app.public.complaints-per-hour} complaints per client address (per node).
 */
@RestController
class PublicComplaintController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");

	private final EnterpriseApi enterprises;

	private final AlarmApi alarms;

	private final PublicComplaintLimit limit;

	private final Clock clock;

	PublicComplaintController(EnterpriseApi enterprises, AlarmApi alarms, PublicComplaintLimit limit, Clock clock) {
		this.enterprises = enterprises;
		this.alarms = alarms;
		this.limit = limit;
		this.clock = clock;
	}

	@GetMapping("/public/e/{token}/complaint")
	ResponseEntity<String> form(@PathVariable String token) {
		return enterprises.findByQrToken(token)
			.map(firm -> ResponseEntity.ok().contentType(HTML).body(form(firm, new Form(null, null, false, null, null, null), List.of())))
			.orElseGet(PublicComplaintController::notFound);
	}

	@PostMapping(path = "/public/e/{token}/complaint", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> file(@PathVariable String token, @RequestParam(required = false) String description,
			@RequestParam(required = false) String address, @RequestParam(required = false) String anonymous,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String email, HttpServletRequest request) {
		EnterpriseProfile firm = enterprises.findByQrToken(token).orElse(null);
		if (firm == null) {
			return notFound();
		}
		Form form = new Form(description, address, anonymous != null && !anonymous.isBlank(), name, phone, email);
		List<FieldProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest().contentType(HTML).body(form(firm, form, problems));
		}
		if (!limit.allow(request.getRemoteAddr(), System.currentTimeMillis())) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", "3600")
				.contentType(HTML)
				.body(PublicPage.head("举报过于频繁") + "<section><h2>举报过于频繁</h2><p>同一网络一小时内提交的举报已达上限，请稍后再试，"
						+ "或拨打 12369 环保举报热线。</p></section></body></html>");
		}
		String number = "GZ-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
		try {
			alarms.raise(new RaiseAlarm(number, AlarmSourceType.COMPLAINT, firm.code(), null, null, null, null, null,
					OffsetDateTime.now(clock), form.text(), List.of(), null, null, trimmed(address), form.complainant()),
					List.of(), "public");
		}
		catch (InvalidInputException refused) {
			return ResponseEntity.badRequest().contentType(HTML).body(form(firm, form, refused.problems()));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.contentType(HTML)
			.body(PublicPage.head("举报已受理") + "<section><h2>举报已受理</h2><p>您对 " + htmlEscape(firm.name())
					+ " 的举报已受理，受理编号：<b id=\"complaint-number\">" + number + "</b>。</p><p>"
					+ (form.email() == null || form.email().isBlank() ? "您未留电子邮箱，如需了解办理结果请拨打 12369 并提供受理编号。"
							: "办理完毕后，我们会将结果发送至您留下的电子邮箱。")
					+ "</p><p><a href=\"../" + htmlEscape(token) + "\">返回企业信息</a></p></section></body></html>");
	}

	private static ResponseEntity<String> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(PublicPage.notFound());
	}

	private static String form(EnterpriseProfile firm, Form form, List<FieldProblem> problems) {
		StringBuilder html = new StringBuilder(PublicPage.head("举报 " + firm.name()));
		html.append("<header><h1>环境问题举报</h1><p>举报对象：").append(htmlEscape(firm.name())).append("</p></header><section>");
		if (!problems.isEmpty()) {
			html.append("<ul class=\"errors\" style=\"color:#b3261e\">");
			problems.forEach(p -> html.append("<li data-field=\"").append(htmlEscape(p.field())).append("\">")
				.append(htmlEscape(p.message())).append("</li>"));
			html.append("</ul>");
		}
		html.append("<form method=\"post\" style=\"display:grid;gap:8px\">")
			.append("<label>问题描述（必填）<br><textarea name=\"description\" rows=\"5\" style=\"width:100%\" maxlength=\"1000\">")
			.append(htmlEscape(nullToEmpty(form.description()))).append("</textarea></label>")
			.append("<label>具体位置<br><input name=\"address\" maxlength=\"200\" style=\"width:100%\" value=\"")
			.append(htmlEscape(nullToEmpty(form.address()))).append("\"></label>")
			.append("<label><input type=\"checkbox\" name=\"anonymous\" value=\"on\"").append(form.anonymous() ? " checked" : "")
			.append("> 匿名举报（不登记姓名和电话）</label>")
			.append("<label>姓名<br><input name=\"name\" maxlength=\"50\" value=\"").append(htmlEscape(nullToEmpty(form.name()))).append("\"></label>")
			.append("<label>联系电话<br><input name=\"phone\" maxlength=\"30\" value=\"").append(htmlEscape(nullToEmpty(form.phone()))).append("\"></label>")
			.append("<label>电子邮箱（接收办理结果）<br><input name=\"email\" type=\"email\" maxlength=\"200\" value=\"")
			.append(htmlEscape(nullToEmpty(form.email()))).append("\"></label>")
			.append("<p style=\"font-size:12px;color:#777\">您的联系方式只提供给承办的执法中队，不会在任何公开页面显示。</p>")
			.append("<button type=\"submit\">提交举报</button></form></section></body></html>");
		return html.toString();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static String trimmed(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private record Form(String description, String address, boolean anonymous, String name, String phone, String email) {

		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			if (description == null || description.isBlank()) {
				problems.add(new FieldProblem("description", "请描述您发现的环境问题"));
			}
			else if (description.strip().length() > 900) {
				problems.add(new FieldProblem("description", "问题描述不能超过 900 字"));
			}
			if (address != null && address.strip().length() > 200) {
				problems.add(new FieldProblem("address", "具体位置不能超过 200 字"));
			}
			if (anonymous && (trimmed(name) != null || trimmed(phone) != null)) {
				problems.add(new FieldProblem("anonymous", "匿名举报不登记姓名和电话；如需留名请取消“匿名举报”"));
			}
			if (!anonymous && trimmed(phone) == null && trimmed(email) == null) {
				problems.add(new FieldProblem("phone", "实名举报请留联系电话或电子邮箱；不愿留联系方式请勾选“匿名举报”"));
			}
			if (name != null && name.strip().length() > 50) {
				problems.add(new FieldProblem("name", "姓名不能超过 50 字"));
			}
			if (trimmed(phone) != null && !PHONE.matcher(phone.strip()).matches()) {
				problems.add(new FieldProblem("phone", "联系电话格式不正确"));
			}
			if (trimmed(email) != null && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
				problems.add(new FieldProblem("email", "电子邮箱格式不正确"));
			}
			return problems;
		}

		String text() {
			return "【公众扫码举报】" + description.strip();
		}

		Complainant complainant() {
			return new Complainant(anonymous, anonymous ? null : trimmed(name), anonymous ? null : trimmed(phone), trimmed(email));
		}

	}

}

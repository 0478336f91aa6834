package cn.eco.enforcement.notification.internal;

import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TimeZone;

import cn.eco.enforcement.casework.CaseDeadlinePassed;
import cn.eco.enforcement.casework.FilingApprovalOverdue;
import cn.eco.enforcement.casework.InspectorDispatched;
import cn.eco.enforcement.casework.RectificationOverdue;
import cn.eco.enforcement.casework.SelfInspectionOverdue;
import cn.eco.enforcement.casework.SignForOverdue;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.grid.StaffRole;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns casework events into Chinese e-mails in the outbox, in the transaction of the event. */
@Component
class CaseworkMailer {

	private final MailOutbox outbox;

	private final GridApi grid;

	private final Clock clock;

	private final String tasklistUrl;

	CaseworkMailer(MailOutbox outbox, GridApi grid, Clock clock, @Value("${app.public-base-url}") String baseUrl) {
		this.outbox = outbox;
		this.grid = grid;
		this.clock = clock;
		this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
	}

	@EventListener
	void on(InspectorDispatched event) {
		Set<String> recipients = new LinkedHashSet<>();
		if (event.assignee() != null) {
			recipients.add(event.assignee());
		}
		else {
			grid.allStaff()
				.stream()
				.filter(s -> event.squadronCode().equals(s.orgUnitCode()) && s.role() == StaffRole.INSPECTOR)
				.forEach(s -> recipients.add(s.userId()));
		}
		if (event.escalated() && event.squadronLeader() != null) {
			recipients.add(event.squadronLeader());
		}
		String subject = (event.escalated() ? "【升级督办】" : "【环境执法】") + "新告警待签收 #" + event.alarmId();
		String body = "您有一条环境告警待签收，请在 " + format(event) + " 前登录任务列表签收。\n\n" + event.summary() + "\n\n监管方式："
				+ event.supervisionSummary() + "\n\n任务列表：" + tasklistUrl;
		recipients.forEach(userId -> mail(userId, subject, body));
	}

	@EventListener
	void on(SignForOverdue event) {
		if (event.squadronLeader() != null) {
			mail(event.squadronLeader(), "【签收超时】告警 #" + event.alarmId() + " 未按时签收",
					"以下告警超过签收期限仍未签收（原派遣：" + (event.assignee() == null ? "中队待认领" : event.assignee())
							+ "），已升级至您，请督促签收或改派。\n\n" + event.summary() + "\n\n任务列表：" + tasklistUrl);
		}
	}

	@EventListener
	void on(CaseDeadlinePassed event) {
		Set<String> recipients = new LinkedHashSet<>(event.officers());
		grid.allStaff().stream().filter(s -> s.role() == StaffRole.SUPERVISOR).forEach(s -> recipients.add(s.userId()));
		String subject = "【办案期限】" + event.caseNumber() + " " + event.stageName() + "已超期";
		String body = event.enterpriseName() + " 一案（" + event.caseNumber() + "）的“" + event.stageName()
				+ "”已超过法定或规定期限，请尽快办理。\n\n任务列表：" + tasklistUrl;
		recipients.forEach(userId -> mail(userId, subject, body));
	}

	@EventListener
	void on(FilingApprovalOverdue event) {
		grid.allStaff()
			.stream()
			.filter(s -> s.role() == StaffRole.SUPERVISOR)
			.forEach(s -> mail(s.userId(), "【立案审批超期】" + event.caseNumber(),
					event.enterpriseName() + " 的案源已超过立案审批期限，请尽快审批。\n\n" + event.summary() + "\n\n任务列表："
							+ tasklistUrl));
	}

	@EventListener
	void on(SelfInspectionOverdue event) {
		if (event.responsibleInspector() != null) {
			mail(event.responsibleInspector(), "【自检逾期】" + event.enterpriseName(),
					event.enterpriseName() + "（" + event.enterpriseCode() + "）本月环境保护综合自检逾期未填报，请督促企业完成。");
		}
	}

	@EventListener
	void on(RectificationOverdue event) {
		String body = event.enterpriseName() + "（" + event.enterpriseCode() + "）的整改事项已超过整改期限仍未完成：\n\n"
				+ event.problem() + "\n\n任务列表：" + tasklistUrl;
		for (String userId : new LinkedHashSet<>(java.util.Arrays.asList(event.responsibleInspector(), event.squadronLeader()))) {
			if (userId != null) {
				mail(userId, "【整改逾期】" + event.enterpriseName(), body);
			}
		}
	}

	private void mail(String userId, String subject, String body) {
		grid.findStaff(userId)
			.map(StaffMember::email)
			.filter(email -> !email.isBlank())
			.ifPresent(email -> outbox.add(email, subject, body, OffsetDateTime.now(clock)));
	}

	private static String format(InspectorDispatched event) {
		SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
		format.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
		return event.signForDueDate() == null ? "规定时限" : format.format(event.signForDueDate());
	}

}

package cn.eco.enforcement.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.eco.enforcement.assessment.SquadronDigest;
import cn.eco.enforcement.assessment.SquadronDigest.OpenTask;
import cn.eco.enforcement.assessment.TaskDeadlineReminder;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deadline reminders and squadron leaders' daily digests as Chinese e-mails in the outbox. */
@Component
class AssessmentMailer {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MailOutbox outbox;

	private final GridApi grid;

	private final Clock clock;

	private final String tasklistUrl;

	AssessmentMailer(MailOutbox outbox, GridApi grid, Clock clock, @Value("${app.public-base-url}") String baseUrl) {
		this.outbox = outbox;
		this.grid = grid;
		this.clock = clock;
		this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
	}

	@EventListener
	void on(TaskDeadlineReminder event) {
		String what = named(event.taskName(), event.subject());
		String subject = (event.overdue() ? "【任务逾期】" : "【任务即将到期】") + what;
		String body = "您的任务“" + what + "”" + (event.overdue() ? "已超过办理期限 " : "将于 ") + time(event.dueDate())
				+ (event.overdue() ? "，请尽快办理。" : " 到期，请按时办理。") + (event.businessKey() == null ? "" : "\n业务编号："
						+ event.businessKey()) + "\n\n任务列表：" + tasklistUrl;
		event.recipients().forEach(userId -> mail(userId, subject, body));
	}

	@EventListener
	void on(SquadronDigest event) {
		StringBuilder body = new StringBuilder(event.squadronName() + " " + event.date() + " 待办情况：未办结任务 "
				+ event.tasks().size() + " 项，其中逾期 " + event.overdueCount() + " 项。\n\n");
		for (OpenTask task : event.tasks()) {
			body.append(task.overdue() ? "【逾期】" : "").append(named(task.taskName(), task.subject()))
				.append(" — ").append(task.worker() == null ? "待认领" : name(task.worker()))
				.append(task.dueDate() == null ? "" : "，期限 " + time(task.dueDate())).append('\n');
		}
		mail(event.leader(), "【每日待办】" + event.squadronName() + " " + event.date() + "（逾期 " + event.overdueCount() + " 项）",
				body.append("\n任务列表：").append(tasklistUrl).toString());
	}

	private void mail(String userId, String subject, String body) {
		grid.findStaff(userId)
			.map(StaffMember::email)
			.filter(email -> email != null && !email.isBlank())
			.ifPresent(email -> outbox.add(email, subject, body, OffsetDateTime.now(clock)));
	}

	private String name(String userId) {
		return grid.findStaff(userId).map(StaffMember::name).orElse(userId);
	}

	private String time(Instant instant) {
		return TIME.format(instant.atZone(ZoneId.of("Asia/Shanghai")));
	}

	/** A task's name with its firm, unless the name already carries it (as task cards' names do). */
	private static String named(String taskName, String subject) {
		return subject == null || taskName == null || taskName.contains(subject) ? taskName : taskName + "（" + subject + "）";
	}

}

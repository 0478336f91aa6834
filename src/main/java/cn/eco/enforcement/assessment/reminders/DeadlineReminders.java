package cn.eco.enforcement.assessment.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.eco.enforcement.assessment.TaskDeadlineReminder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds whoever holds a task that its due date is near, and again once it has passed: once per
 * task and stage, however often the check runs. Publishes {@link TaskDeadlineReminder}; the
 * notification module turns it into mail in the same transaction.
 */
@Component
public class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private final TaskService tasks;

	private final IdentityService identity;

	private final RuntimeService runtime;

	private final RemindersSent sent;

	private final ApplicationEventPublisher events;

	private final ReminderSettings settings;

	private final Clock clock;

	DeadlineReminders(TaskService tasks, IdentityService identity, RuntimeService runtime, RemindersSent sent,
			ApplicationEventPublisher events, ReminderSettings settings, Clock clock) {
		this.tasks = tasks;
		this.identity = identity;
		this.runtime = runtime;
		this.sent = sent;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.reminders.cron:0 */5 * * * *}")
	void remind() {
		int sent = remindAt(clock.instant());
		if (sent > 0) {
			log.info("Sent {} deadline reminder(s)", sent);
		}
	}

	/** Sends the reminders due at the given moment; returns how many went out. */
	@Transactional
	public int remindAt(Instant now) {
		int count = 0;
		for (Task task : tasks.createTaskQuery().dueBefore(Date.from(now.plus(settings.dueSoon()))).list()) {
			String stage = stage(task, now);
			if (stage != null && sent.markTask(task.getId(), stage, now.atOffset(ZoneOffset.UTC))) {
				Object subject = tasks.getVariable(task.getId(), "enterpriseName");
				events.publishEvent(new TaskDeadlineReminder(task.getId(), task.getName(),
						subject == null ? null : subject.toString(), businessKey(task), task.getDueDate().toInstant(), stage,
						recipients(task)));
				count++;
			}
		}
		return count;
	}

	private String stage(Task task, Instant now) {
		Instant due = task.getDueDate().toInstant();
		if (due.isBefore(now)) {
			return "OVERDUE";
		}
		Duration given = Duration.between(task.getCreateTime().toInstant(), due);
		Duration window = given.dividedBy(4).compareTo(settings.dueSoon()) < 0 ? given.dividedBy(4) : settings.dueSoon();
		return Duration.between(now, due).compareTo(window) <= 0 ? "DUE_SOON" : null;
	}

	private List<String> recipients(Task task) {
		if (task.getAssignee() != null) {
			return List.of(task.getAssignee());
		}
		Set<String> users = new LinkedHashSet<>();
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				users.add(link.getUserId());
			}
			else if (link.getGroupId() != null) {
				identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId).forEach(users::add);
			}
		}
		return List.copyOf(users);
	}

	private String businessKey(Task task) {
		if (task.getProcessInstanceId() == null) {
			return null;
		}
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return instance == null ? null : instance.getBusinessKey();
	}

}

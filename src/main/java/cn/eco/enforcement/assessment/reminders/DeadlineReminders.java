package cn.eco.enforcement.assessment.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.eco.enforcement.assessment.TaskDeadlineReminder;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds whoever holds a task that its due date is near, and again once it has passed: once per
 * task and stage, however often the check runs. Publishes {@link TaskDeadlineReminder}; the
 * notification module turns it into mail in the same transaction.
 * <p>
 * A check reads only the tasks whose present stage has not been reminded yet, {@value #BATCH} at a time
 * in due-date order, each batch in a transaction of its own: with a year's open work (hundreds of
 * thousands of tasks long overdue and long reminded) a check that finds nothing new costs one query,
 * and a check that finds many sends them in small commits instead of one that holds everything.
 */
@Component
public class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	/** Tasks read and reminded per transaction. */
	public static final int BATCH = 200;

	/** Where the walk through the due dates starts: before any due date a task of ours can have. */
	private static final Timestamp FIRST = Timestamp.valueOf("1900-01-01 00:00:00");

	private final TaskService tasks;

	private final IdentityService identity;

	private final JdbcClient jdbc;

	private final RemindersSent sent;

	private final ApplicationEventPublisher events;

	private final ReminderSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeadlineReminders(TaskService tasks, IdentityService identity, JdbcClient jdbc, RemindersSent sent,
			ApplicationEventPublisher events, ReminderSettings settings, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.tasks = tasks;
		this.identity = identity;
		this.jdbc = jdbc;
		this.sent = sent;
		this.events = events;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(cron = "${app.reminders.cron:0 */5 * * * *}")
	@SchedulerLock(name = "assessment-deadline-reminders", lockAtMostFor = "PT30M")
	public void remind() {
		long started = System.nanoTime();
		int sent = remindAt(clock.instant());
		if (sent > 0) {
			log.info("Sent {} deadline reminder(s) in {} ms", sent, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Sends the reminders due at the given moment; returns how many went out. */
	public int remindAt(Instant now) {
		int count = 0;
		Timestamp afterDue = FIRST;
		String afterId = "";
		List<Candidate> page;
		do {
			page = candidates(now, afterDue, afterId);
			if (!page.isEmpty()) {
				List<Candidate> batch = page;
				count += transaction.execute(status -> remind(batch, now));
				afterDue = page.get(page.size() - 1).due();
				afterId = page.get(page.size() - 1).taskId();
			}
		}
		while (page.size() == BATCH);
		return count;
	}

	/**
	 * The next tasks in due-date order that are overdue or due soon (within the due-soon time and in the
	 * last quarter of the time they were given) and have no reminder for that stage yet, with the stage.
	 * The query is where the stages are decided.
	 */
	private List<Candidate> candidates(Instant now, Timestamp afterDue, String afterId) {
		return jdbc.sql("""
				SELECT t.ID_, t.NAME_, t.ASSIGNEE_, t.DUE_DATE_, p.BUSINESS_KEY_, v.TEXT_,
				       CASE WHEN t.DUE_DATE_ < :now THEN 'OVERDUE' ELSE 'DUE_SOON' END
				FROM ACT_RU_TASK t
				LEFT JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
				LEFT JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = t.PROC_INST_ID_ AND v.TASK_ID_ IS NULL AND v.NAME_ = 'enterpriseName'
				WHERE t.DUE_DATE_ < :horizon
				  AND (t.DUE_DATE_ < :now OR t.DUE_DATE_ - (t.DUE_DATE_ - t.CREATE_TIME_) / 4 <= :now)
				  AND (t.DUE_DATE_ > :afterDue OR (t.DUE_DATE_ = :afterDue AND t.ID_ > :afterId))
				  AND NOT EXISTS (SELECT 1 FROM task_reminder r WHERE r.task_id = t.ID_
				      AND r.stage = CASE WHEN t.DUE_DATE_ < :now THEN 'OVERDUE' ELSE 'DUE_SOON' END)
				ORDER BY t.DUE_DATE_, t.ID_
				FETCH FIRST :batch ROWS ONLY""")
			.param("horizon", Timestamp.from(now.plus(settings.dueSoon())))
			.param("now", Timestamp.from(now))
			.param("afterDue", afterDue)
			.param("afterId", afterId)
			.param("batch", BATCH)
			.query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	private int remind(List<Candidate> batch, Instant now) {
		int count = 0;
		for (Candidate task : batch) {
			if (sent.markTask(task.taskId(), task.stage(), now.atOffset(ZoneOffset.UTC))) {
				events.publishEvent(new TaskDeadlineReminder(task.taskId(), task.name(), task.subject(), task.businessKey(),
						task.due().toInstant(), task.stage(), recipients(task)));
				count++;
			}
		}
		return count;
	}

	private List<String> recipients(Candidate task) {
		if (task.assignee() != null) {
			return List.of(task.assignee());
		}
		Set<String> users = new LinkedHashSet<>();
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.taskId())) {
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

	/** A task to remind, the stage it is in, and what its reminder names: its firm and business key. */
	private record Candidate(String taskId, String name, String assignee, Timestamp due, String businessKey,
			String subject, String stage) {
	}

}

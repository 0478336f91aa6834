package cn.eco.enforcement.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * Writes what a task's card says when the task is created: its name
 * {@code 签收｜襄阳某化工有限公司｜二氧化硫超标 2.6 倍｜告警 #123} (activity, place, matter, reference), its
 * description (address and deadline in the bureau's zone), and four task variables that Tasklist's
 * filters show on the card: place, township, deadline and urgency (紧急/较急/一般).
 */
@Component
class TaskCaptions {

	/**
	 * Card variables (task-local, gone with the task; captions only, so {@link TaskCardHistory} keeps them
	 * out of history).
	 */
	static final String SUBJECT = "taskSubject";

	static final String TOWNSHIP = "taskTownship";

	static final String DUE = "taskDueAt";

	static final String URGENCY = "taskUrgency";

	/** The loop's escalated alarms carry priority 90, ordinary ones 50; anything from 80 on is 紧急. */
	static final int URGENT_PRIORITY = 80;

	static final int PRESSING_PRIORITY = 60;

	static final Duration PRESSING_WITHIN = Duration.ofDays(1);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** ACT_RU_TASK.NAME_ holds 255 characters. */
	private static final int NAME_LENGTH = 255;

	private final TaskContexts contexts;

	private final Clock clock;

	TaskCaptions(TaskContexts contexts, Clock clock) {
		this.contexts = contexts;
		this.clock = clock;
	}

	void caption(DelegateTask task) {
		TaskContext context = contexts.of(task);
		String name = Stream.of(activityName(task), context.subject(), context.matter(), context.reference())
			.filter(Objects::nonNull)
			.filter(part -> !part.isBlank())
			.collect(Collectors.joining(TaskNames.SEPARATOR));
		task.setName(name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…");
		String due = due(task.getDueDate());
		task.setDescription(place(context) + "\n办理期限：" + due);
		task.setVariableLocal(SUBJECT, orDash(context.subject()));
		task.setVariableLocal(TOWNSHIP, orDash(context.township()));
		task.setVariableLocal(DUE, due);
		task.setVariableLocal(URGENCY, urgency(task));
	}

	/**
	 * 紧急 for escalated work (priority from 80), 较急 for work due within a day of its creation (a sign-for
	 * within hours, an on-site visit within the day), 一般 otherwise; the numeric priority stays as it is.
	 */
	String urgency(DelegateTask task) {
		if (task.getPriority() >= URGENT_PRIORITY) {
			return "紧急";
		}
		boolean dueSoon = task.getDueDate() != null
				&& task.getDueDate().toInstant().isBefore(clock.instant().plus(PRESSING_WITHIN));
		return dueSoon || task.getPriority() >= PRESSING_PRIORITY ? "较急" : "一般";
	}

	private static String activityName(DelegateTask task) {
		return task.getName() == null ? task.getTaskDefinitionKey() : TaskNames.activity(task.getName());
	}

	private static String place(TaskContext context) {
		if (context.address() == null && context.township() == null) {
			return "地点：" + orDash(context.subject());
		}
		return "地址：" + (context.address() == null ? "" : context.address())
				+ (context.township() == null ? "" : "（" + context.township() + "）");
	}

	private String due(Date dueDate) {
		return dueDate == null ? "未设定" : TIME.format(dueDate.toInstant().atZone(clock.getZone()));
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "—" : text;
	}

}

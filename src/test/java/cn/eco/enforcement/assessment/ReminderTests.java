package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.assessment.reminders.DeadlineReminders;
import cn.eco.enforcement.assessment.reminders.SquadronDigests;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.notification.internal.OutboxDispatcher;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deadline reminders and daily digests reach the mailbox once per task and stage, once per squadron and day. */
@IntegrationTest
class ReminderTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	SquadronDigests digests;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void assigneeIsRemindedOnceWhenTheSignForIsDueSoonAndOnceWhenItIsOverdue() throws Exception {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), null);
		Instant raised = Instant.now();
		long alarm = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().id();
		String inbox = unit.inspectorA() + "@test.example.cn";
		String task = "签收｜测试企业" + firm + "｜化学需氧量 COD 超标 0.3 倍｜告警 #" + alarm;

		reminders.remindAt(raised.plus(Duration.ofMinutes(60)));
		assertThat(subjectsIn(inbox)).as("an hour before a two-hour sign-for is not yet 'due soon'").isEmpty();
		reminders.remindAt(raised.plus(Duration.ofMinutes(100)));
		reminders.remindAt(raised.plus(Duration.ofMinutes(101)));
		reminders.remindAt(raised.plus(Duration.ofHours(3)));
		reminders.remindAt(raised.plus(Duration.ofHours(4)));

		assertThat(subjectsIn(inbox)).containsExactly("【任务即将到期】" + task, "【任务逾期】" + task);
		sendAll();
		List<MimeMessage> mails = mailsTo(inbox);
		assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder("【任务即将到期】" + task, "【任务逾期】" + task);
		assertThat(mails.get(0).getContent().toString()).contains("业务编号：ALARM-", "/camunda/app/tasklist/");
	}

	/**
	 * A check reads the tasks not yet reminded in batches; tasks with the same due date on both sides of a
	 * batch's end are neither skipped nor reminded twice, and tasks reminded before are not read again.
	 */
	@Test
	void manyTasksOverdueAtTheSameMomentAreEachRemindedOnceAcrossBatchesAndChecks() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		TaskService tasks = engine.getTaskService();
		Instant due = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MILLIS);
		List<String> ids = new ArrayList<>();
		try {
			ids.addAll(standaloneTasks(tasks, unit.inspectorA(), due, 0, 150));
			reminders.remindAt(Instant.now());
			ids.addAll(standaloneTasks(tasks, unit.inspectorA(), due, 150, 2 * DeadlineReminders.BATCH + 50));
			reminders.remindAt(Instant.now());
			reminders.remindAt(Instant.now());

			List<String> subjects = subjectsIn(unit.inspectorA() + "@test.example.cn");
			assertThat(subjects).hasSize(ids.size()).doesNotHaveDuplicates().allMatch(s -> s.startsWith("【任务逾期】巡查任务 "));
		}
		finally {
			tasks.deleteTasks(ids, true);
		}
	}

	private static List<String> standaloneTasks(TaskService tasks, String assignee, Instant due, int from, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			Task task = tasks.newTask();
			task.setName("巡查任务 " + i);
			task.setAssignee(assignee);
			task.setDueDate(Date.from(due));
			tasks.saveTask(task);
			ids.add(task.getId());
		}
		return ids;
	}

	@Test
	void squadronLeaderGetsOneDigestADayWithOverdueTasksFirst() throws Exception {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), null);
		String unassigned = unit.enterprise(enterprises, "ORDINARY", null, null);
		long assignedAlarm = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().id();
		Instant later = Instant.now().plus(Duration.ofHours(3));
		long unassignedAlarm = alarms.raise(Alarms.moderateExceedanceAt(unassigned)).alarm().id();

		digests.sendAt(later);
		digests.sendAt(later.plus(Duration.ofMinutes(1)));

		String inbox = unit.leader() + "@test.example.cn";
		assertThat(subjectsIn(inbox)).singleElement().asString().startsWith("【每日待办】测试中队").endsWith("（逾期 2 项）");
		sendAll();
		String body = mailsTo(inbox).get(0).getContent().toString();
		assertThat(body).contains("未办结任务 2 项，其中逾期 2 项",
				"【逾期】签收｜测试企业" + firm + "｜化学需氧量 COD 超标 0.3 倍｜告警 #" + assignedAlarm + " — 测试甲" + unit.inspectorA(),
				"【逾期】签收｜测试企业" + unassigned + "｜化学需氧量 COD 超标 0.3 倍｜告警 #" + unassignedAlarm + " — 待认领");
	}

	private List<String> subjectsIn(String recipient) {
		return jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ? AND subject NOT LIKE '【环境执法】%' ORDER BY id")
			.param(recipient).query(String.class).list();
	}

	private void sendAll() {
		while (dispatcher.sendDue() > 0) {
			// next batch
		}
	}

	private static List<MimeMessage> mailsTo(String recipient) {
		return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(recipient) && !m.getSubject().startsWith("【环境执法】");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}

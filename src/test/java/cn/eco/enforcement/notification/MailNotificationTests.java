package cn.eco.enforcement.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.IntakeResult;
import cn.eco.enforcement.notification.internal.OutboxDispatcher;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MailNotificationTests {

	@Autowired
	AlarmApi alarms;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void mailServerBackUp() {
		TestMailServer.get();
	}

	@Test
	void dispatchedInspectorGetsAChineseAssignmentMail() throws Exception {
		TestMailServer.get().purgeEmailFromAllMailboxes();
		long alarmId = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().id();

		sendEverythingDue();

		MimeMessage mail = mailTo("wangqiang@hb-xy-eeb.example.cn", alarmId);
		assertThat(mail.getSubject()).isEqualTo("【环境执法】新告警待签收 #" + alarmId);
		assertThat(mail.getContent().toString()).contains("ENT-0001", "任务列表", "/camunda/app/tasklist/");
	}

	@Test
	void escalationMailReachesTheSquadronLeader() throws Exception {
		TestMailServer.get().purgeEmailFromAllMailboxes();
		long alarmId = alarms.raise(Alarms.seriousExceedanceAt("ENT-0001")).alarm().id();

		sendEverythingDue();

		assertThat(mailTo("chenjun@hb-xy-eeb.example.cn", alarmId).getSubject()).startsWith("【升级督办】");
	}

	@Test
	void mailServerOutageNeitherBlocksTheLoopNorLosesTheMail() throws Exception {
		sendEverythingDue();
		TestMailServer.stop();

		IntakeResult result = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001"));
		dispatcher.sendDue();

		assertThat(result.alarm().status()).isEqualTo(AlarmStatus.DISPATCHED);
		assertThat(jdbc.sql("SELECT attempts FROM mail_outbox WHERE subject LIKE ? AND sent_at IS NULL")
			.param("%#" + result.alarm().id())
			.query(Integer.class)
			.list()).containsOnly(1);

		TestMailServer.get();
		jdbc.sql("UPDATE mail_outbox SET next_attempt_at = CURRENT_TIMESTAMP WHERE sent_at IS NULL AND failed_at IS NULL").update();
		sendEverythingDue();

		assertThat(mailTo("wangqiang@hb-xy-eeb.example.cn", result.alarm().id())).isNotNull();
	}

	/** Earlier tests of the shared context leave mail in the outbox; one round sends 50. */
	private void sendEverythingDue() {
		while (dispatcher.sendDue() > 0) {
			// next 50
		}
	}

	private static MimeMessage mailTo(String recipient, long alarmId) throws Exception {
		List<MimeMessage> matching = Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().endsWith("#" + alarmId)
						&& Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
		assertThat(matching).as("mail to %s about alarm #%s", recipient, alarmId).hasSize(1);
		return matching.get(0);
	}

}

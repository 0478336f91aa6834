package cn.eco.enforcement.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.eco.enforcement.alarm.ComplaintConcluded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a complainant the outcome of the complaint when its loop ends, by e-mail through the outbox,
 * in the transaction that ended it. The message names no officer and no finding, only the outcome.
 */
@Component
class ComplaintMailer {

	private final MailOutbox outbox;

	private final Clock clock;

	ComplaintMailer(MailOutbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(ComplaintConcluded event) {
		outbox.add(event.email(), "【环境信访】您的举报（" + event.externalId() + "）已办理完毕",
				"您好：\n\n您反映的环境问题（受理编号 " + event.externalId() + "）" + event.outcome()
						+ "\n\n感谢您对生态环境保护工作的支持。本邮件由系统自动发送，请勿直接回复；如有疑问请拨打 12369 环保举报热线。",
				OffsetDateTime.now(clock));
	}

}

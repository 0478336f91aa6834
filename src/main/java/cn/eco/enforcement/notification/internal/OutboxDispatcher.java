package cn.eco.enforcement.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import cn.eco.enforcement.notification.internal.MailOutbox.PendingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mail. A failed send is retried with growing delays (1, 2, 4 … up to 60 minutes)
 * and given up after the configured number of attempts; every failure is logged. Several nodes may
 * run this at once: each first claims its messages in a short transaction (see
 * {@link MailOutbox#claimDue}), so a message goes out once. A node that dies between sending and
 * recording it leaves the message to be sent again after the claim lapses (at least once).
 */
@Component
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final MailOutbox outbox;

	private final JavaMailSender mail;

	private final Clock clock;

	private final String from;

	private final int maxAttempts;

	private final boolean enabled;

	private final Duration claimLease;

	private final TransactionTemplate transaction;

	OutboxDispatcher(MailOutbox outbox, JavaMailSender mail, Clock clock, @Value("${app.mail.from}") String from,
			@Value("${app.mail.max-attempts:10}") int maxAttempts, @Value("${app.mail.enabled:true}") boolean enabled,
			@Value("${app.mail.claim-lease:PT10M}") Duration claimLease, PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.claimLease = claimLease;
		this.transaction = new TransactionTemplate(transactions);
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.maxAttempts = maxAttempts;
		this.enabled = enabled;
		if (!enabled) {
			log.info("Mail sending is off (demo without MAIL_HOST); messages are kept in mail_outbox");
		}
	}

	/** Sends what is due now; returns how many messages went out. */
	@Scheduled(fixedDelayString = "${app.mail.send-interval:PT10S}", initialDelayString = "${app.mail.send-interval:PT10S}")
	public int sendDue() {
		if (!enabled) {
			return 0;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		// 50 messages at the SMTP timeouts (5 s each) fit well inside the default 10-minute claim.
		List<PendingMail> claimed = transaction.execute(status -> outbox.claimDue(now, 50, now.plus(claimLease)));
		int sent = 0;
		for (PendingMail message : claimed) {
			sent += send(message) ? 1 : 0;
		}
		return sent;
	}

	private boolean send(PendingMail message) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		try {
			SimpleMailMessage mailMessage = new SimpleMailMessage();
			mailMessage.setFrom(from);
			mailMessage.setTo(message.recipient());
			mailMessage.setSubject(message.subject());
			mailMessage.setText(message.body());
			mail.send(mailMessage);
			outbox.markSent(message.id(), now);
			return true;
		}
		catch (MailException ex) {
			int attempt = message.attempts() + 1;
			boolean giveUp = attempt >= maxAttempts;
			Duration delay = Duration.ofMinutes(Math.min(60, 1L << Math.min(attempt - 1, 6)));
			log.warn("Mail #{} to {} failed (attempt {}{}): {}", message.id(), message.recipient(), attempt,
					giveUp ? ", giving up" : ", retry in " + delay, ex.getMessage());
			outbox.markFailedAttempt(message.id(), ex.getMessage(), now.plus(delay), giveUp, now);
			return false;
		}
	}

}

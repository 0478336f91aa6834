package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.support.PostgresTestDatabase;
import cn.eco.enforcement.system.DataLogger.Upload;
import cn.eco.enforcement.system.StoredData.StoredAlarm;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledge only what is stored: the packaged application is killed with SIGKILL in the middle of
 * a stream of alarms over HTTP and HJ 212 uploads over TCP, and started again on the same
 * database. Everything it acknowledged before the kill is there exactly once (an alarm with exactly
 * one enforcement loop); what was in flight is sent again, as platforms and loggers do, and is then
 * stored once too, also when it had been committed before the kill but not answered.
 */
class CrashRecoveryIT {

	private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIT.class);

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final List<String> LOGGERS = List.of("XY-WW-0001-01", "XY-WW-0002-01", "XY-WW-0003-01", "XY-WW-0006-01");

	private static final String PREFIX = "CRASH-";

	private final Ledger<String> alarms = new Ledger<>();

	private final Ledger<Upload> uploads = new Ledger<>();

	private final HttpAnswers answers = new HttpAnswers();

	private final AtomicInteger refusals = new AtomicInteger();

	@Test
	void everythingAcknowledgedBeforeAKillIsStoredOnceAndWhatWasInFlightIsStoredOnceWhenSentAgain() throws Exception {
		String url = PostgresTestDatabase.freshUrl();
		StoredData stored = new StoredData(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
		ZonedDateTime firstMinute = ZonedDateTime.now(DataLogger.CHINA).minusDays(3);
		try (PackagedApplication app = PackagedApplication.on("crash-recovery", url, PostgresTestDatabase.user(),
				PostgresTestDatabase.password());
				Traffic traffic = new Traffic()) {
			app.start(STARTUP);
			for (int i = 1; i <= 3; i++) {
				traffic.add(new Sender<>("platform-" + i, AlarmPlatform.externalIds(PREFIX + i + "-"),
						new AlarmPlatform(app, answers), alarms));
			}
			for (String mn : LOGGERS) {
				traffic.add(new Sender<>("logger-" + mn, DataLogger.uploads(mn, firstMinute),
						new DataLogger(app, Duration.ofSeconds(10), refusals), uploads));
			}
			traffic.start();
			Await.until(Duration.ofSeconds(90), () -> alarms.acknowledgedCount() >= 20 && uploads.acknowledgedCount() >= 40,
					() -> "20 alarms and 40 uploads are acknowledged (" + alarms.acknowledgedCount() + ", "
							+ uploads.acknowledgedCount() + ")");

			traffic.holdOnFailure();
			int exitCode = app.kill();
			Await.until(Duration.ofSeconds(60), traffic::allHeld, () -> "every sender noticed the kill");
			Set<String> alarmsAcknowledged = alarms.acknowledged();
			Set<Upload> uploadsAcknowledged = uploads.acknowledged();
			Set<String> alarmsInFlight = alarms.unacknowledged();
			Set<Upload> uploadsInFlight = uploads.unacknowledged();

			app.start(STARTUP);
			Map<String, List<StoredAlarm>> alarmsAfterRestart = stored.alarms(PREFIX);
			Map<String, Integer> readingsAfterRestart = stored.minuteReadings(LOGGERS, firstMinute.toInstant().minusSeconds(60));

			assertThat(exitCode).as("killed with SIGKILL").isEqualTo(137);
			assertThat(Promises.alarmsStoredOnce(alarmsAfterRestart, alarmsAcknowledged)).isEmpty();
			assertThat(Promises.uploadsStoredOnce(readingsAfterRestart, uploadsAcknowledged)).isEmpty();

			Instant resumed = Instant.now();
			traffic.resume();
			Await.until(Duration.ofSeconds(90),
					() -> alarms.acknowledgedSince(resumed) >= 10 && uploads.acknowledgedSince(resumed) >= 20,
					() -> "10 alarms and 20 uploads are acknowledged after the restart");
			assertThat(traffic.finish(Duration.ofSeconds(60))).as("every sender got its last item acknowledged").isTrue();

			assertThat(alarms.unacknowledged()).isEmpty();
			assertThat(uploads.unacknowledged()).isEmpty();
			assertThat(alarms.acknowledged()).containsAll(alarmsInFlight);
			assertThat(uploads.acknowledged()).containsAll(uploadsInFlight);
			Map<String, List<StoredAlarm>> alarmsAtEnd = stored.alarms(PREFIX);
			assertThat(Promises.alarmsStoredOnce(alarmsAtEnd, alarms.sent())).isEmpty();
			assertThat(alarmsAtEnd).hasSameSizeAs(alarms.sent());
			assertThat(Promises.uploadsStoredOnce(stored.minuteReadings(LOGGERS, firstMinute.toInstant().minusSeconds(60)),
					uploads.sent())).isEmpty();
			assertThat(answers.faults()).isEmpty();
			assertThat(refusals).hasValue(0);

			log.info("""
					Crash recovery (SIGKILL, exit code {}):
					  alarms:  {} acknowledged before the kill, all stored once with one enforcement loop; {} in flight, \
					{} of them committed but unanswered; after the restart all {} resent and stored once; {} sent in all, {} stored
					  uploads: {} acknowledged before the kill, all stored ({} readings each); {} in flight, {} of them \
					committed but unanswered; after the restart all resent and stored once; {} sent in all
					  HTTP answers {}""", exitCode, alarmsAcknowledged.size(), alarmsInFlight.size(),
					Promises.storedAlarms(alarmsAfterRestart, alarmsInFlight), alarmsInFlight.size(), alarms.sent().size(),
					alarmsAtEnd.size(), uploadsAcknowledged.size(), DataLogger.FACTORS, uploadsInFlight.size(),
					Promises.storedUploads(readingsAfterRestart, uploadsInFlight), uploads.sent().size(), answers.byStatus());
		}
		finally {
			stored.dropDatabase();
		}
	}

}

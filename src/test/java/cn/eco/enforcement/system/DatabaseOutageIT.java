package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.system.DataLogger.Upload;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database outage under load: the packaged application runs on a PostgreSQL cluster of this
 * test's own, which is stopped as in a crash ({@code pg_ctl stop -m immediate}) while alarms,
 * HJ 212 uploads and reads of our API and of the engine REST API keep coming, and started again a
 * few seconds later. Meanwhile HTTP callers get 503 problem details with Retry-After (never a 500)
 * and data loggers get no 9014 for data that is not stored; afterwards the application recovers by
 * itself: intake, reads and the job executor work again without a restart.
 */
class DatabaseOutageIT {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final List<String> LOGGERS = List.of("XY-WW-0001-01", "XY-WW-0002-01", "XY-WW-0006-01");

	private static final String PREFIX = "OUTAGE-";

	private final Ledger<String> alarms = new Ledger<>();

	private final Ledger<Upload> uploads = new Ledger<>();

	private final Ledger<Integer> apiReads = new Ledger<>();

	private final Ledger<Integer> engineReads = new Ledger<>();

	private final HttpAnswers alarmAnswers = new HttpAnswers();

	private final HttpAnswers apiAnswers = new HttpAnswers();

	private final HttpAnswers engineAnswers = new HttpAnswers();

	private final AtomicInteger refusals = new AtomicInteger();

	@Test
	void callersGet503AndNoFalseAcknowledgementWhileTheDatabaseIsDownAndAllRecoversWhenItIsBack() throws Exception {
		ZonedDateTime firstMinute = ZonedDateTime.now(DataLogger.CHINA).minusDays(3);
		try (PrivatePostgres postgres = PrivatePostgres.start()) {
			postgres.createDatabase("enforcement");
			String url = postgres.jdbcUrl("enforcement");
			StoredData stored = new StoredData(url, "postgres", "");
			try (PackagedApplication app = PackagedApplication.on("database-outage", url, "postgres", "",
					"--app.deadlines.sign-for=PT3S", "--app.deadlines.escalated-sign-for=PT3S");
					Traffic traffic = new Traffic()) {
				app.start(STARTUP);
				for (int i = 1; i <= 3; i++) {
					traffic.add(new Sender<>("platform-" + i, AlarmPlatform.externalIds(PREFIX + i + "-"),
							new AlarmPlatform(app, alarmAnswers), alarms));
				}
				for (String mn : LOGGERS) {
					traffic.add(new Sender<>("logger-" + mn, DataLogger.uploads(mn, firstMinute),
							new DataLogger(app, Duration.ofSeconds(10), refusals), uploads));
				}
				traffic.add(new Sender<>("api-reader", ApiReader.reads(),
						new ApiReader(app, "wangqiang", "/api/alarms?limit=1", apiAnswers), apiReads));
				traffic.add(new Sender<>("engine-reader", ApiReader.reads(),
						new ApiReader(app, "wangqiang", "/engine-rest/task?maxResults=1", engineAnswers), engineReads));
				traffic.start();
				Await.until(Duration.ofSeconds(90), () -> alarms.acknowledgedCount() >= 15 && uploads.acknowledgedCount() >= 30,
						() -> "15 alarms and 30 uploads are acknowledged (" + alarms.acknowledgedCount() + ", "
								+ uploads.acknowledgedCount() + ")");

				Instant stopping = Instant.now();
				postgres.stopImmediately();
				Instant down = Instant.now();
				Await.until(Duration.ofSeconds(90),
						() -> Duration.between(stopping, Instant.now()).toSeconds() >= 5 && alarmAnswers.count(503) >= 3
								&& apiAnswers.count(503) >= 1 && engineAnswers.count(503) >= 1,
						() -> "callers are answered 503 during the outage: " + alarmAnswers.byStatus() + apiAnswers.byStatus()
								+ engineAnswers.byStatus());
				Instant up = Instant.now();
				postgres.startServer();
				Instant started = Instant.now();
				Await.until(Duration.ofSeconds(90),
						() -> alarms.acknowledgedSince(started) >= 10 && uploads.acknowledgedSince(started) >= 20
								&& apiReads.acknowledgedSince(started) >= 3 && engineReads.acknowledgedSince(started) >= 3,
						() -> "intake and reads work again without a restart (" + alarms.acknowledgedSince(started) + " alarms, "
								+ uploads.acknowledgedSince(started) + " uploads)");
				Duration recovery = Duration.between(started, alarms.firstAcknowledgementAfter(started).orElseThrow());

				assertThat(new AlarmPlatform(app, alarmAnswers).raise(PREFIX + "TIMER", "ENT-0001")).isTrue();
				Await.until(Duration.ofSeconds(90), () -> stored.signForTimerFired(PREFIX + "TIMER"),
						() -> "the job executor fires the 3 s sign-for timer of an alarm raised after the outage");
				assertThat(traffic.finish(Duration.ofSeconds(60))).as("every sender got its last item acknowledged").isTrue();

				assertThat(alarmAnswers.faults()).isEmpty();
				assertThat(apiAnswers.faults()).isEmpty();
				assertThat(engineAnswers.faults()).isEmpty();
				assertThat(refusals).hasValue(0);
				assertThat(alarms.unacknowledged()).isEmpty();
				assertThat(uploads.unacknowledged()).isEmpty();
				assertThat(Promises.alarmsStoredOnce(stored.alarms(PREFIX), alarms.acknowledged())).isEmpty();
				assertThat(Promises.uploadsStoredOnce(
						stored.minuteReadings(LOGGERS, firstMinute.toInstant().minusSeconds(60)), uploads.acknowledged()))
					.isEmpty();

				log.info("""
						Database outage ({} s down, pg_ctl stop -m immediate):
						  alarms:  {} acknowledged, all stored once with one enforcement loop; answers {}
						  uploads: {} answered 9014, all stored; {} answered while the server was down (committed before it stopped)
						  reads:   /api {} · /engine-rest {}
						  503 answers {} (all problem details with Retry-After), 500 answers 0; first alarm stored {} ms \
						after the database was back; job executor fired a sign-for timer afterwards""",
						Duration.between(stopping, up).toSeconds(), alarms.acknowledgedCount(), alarmAnswers.byStatus(),
						uploads.acknowledgedCount(), uploads.acknowledgedSince(down) - uploads.acknowledgedSince(up),
						apiAnswers.byStatus(), engineAnswers.byStatus(),
						alarmAnswers.count(503) + apiAnswers.count(503) + engineAnswers.count(503), recovery.toMillis());
			}
		}
	}

}

package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Packets the readings table cannot hold as sent, over a real socket: each is refused with a 9011
 * answer (QnRtn=2) and a recorded reason, nothing of it is stored, and the logger's next good packet
 * is answered 9014 and stored. Never the silent 9014 of data that was not stored, never no answer
 * to a packet that would fail at every re-send; but no answer while the database is out.
 */
@IntegrationTest
class Hj212UnstorablePacketTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	Hj212Server server;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	Hj212Rejections rejections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void valuesThatAreNotNumbersAreRefusedAndNothingOfTheirPacketIsStored() throws Exception {
		String mn = device();
		ZonedDateTime hour = hoursAgo(3);
		String notANumber = segment(mn, "2061", hour, "w01018-Avg=NaN,w01018-Flag=N");
		String letters = segment(mn, "2061", hour.plusHours(1), "w01018-Avg=abc,w01018-Flag=N;w21003-Avg=1.2,w21003-Flag=N");

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			// Twice each: the first send may take the uncached path, the re-send the cached one.
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(notANumber));
				assertThat(logger.readFrame()).isEqualTo(refusal(notANumber)).contains("CN=9011", "QnRtn=2");
				logger.send(Hj212Messages.frame(letters));
				assertThat(logger.readFrame()).isEqualTo(refusal(letters));
			}
			assertThat(storedRows(mn)).as("neither the unreadable value nor the good one beside it").isZero();

			// A blank value is a value not sent, as before.
			logger.send(upload(mn, "2061", hour.plusHours(2), "w01018-Avg=20.0,w01018-Min=,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}

		assertThat(storedRows(mn)).isEqualTo(1);
		assertThat(details(mn, "VALUE_NOT_A_NUMBER")).hasSize(4)
			.filteredOn(detail -> detail.contains("w01018-Avg=NaN"))
			.hasSize(2);
		assertThat(details(mn, "VALUE_NOT_A_NUMBER")).filteredOn(detail -> detail.contains("w01018-Avg=abc")).hasSize(2);
		assertThat(rejections.counts()).containsKey("VALUE_NOT_A_NUMBER");
	}

	@Test
	void aDataTimeBeforeHj212ExistedIsRefusedInsteadOfLeftUnanswered() throws Exception {
		String mn = device();
		String yearOne = segment(mn, "2061", qn(hoursAgo(1)), "00010101000000", "w01018-Avg=20.0,w01018-Flag=N");
		String resetClock = segment(mn, "2011", qn(hoursAgo(1)), "20000101000000", "w01018-Rtd=20.0,w01018-Flag=N");

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(yearOne));
				assertThat(logger.readFrame()).isEqualTo(refusal(yearOne)).contains("QnRtn=2");
			}
			logger.send(Hj212Messages.frame(resetClock));
			assertThat(logger.readFrame()).isEqualTo(refusal(resetClock));
			logger.send(upload(mn, "2061", hoursAgo(2), "w01018-Avg=20.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}

		assertThat(storedRows(mn)).isEqualTo(1);
		assertThat(details(mn, "DATA_TIME_OUT_OF_RANGE")).containsExactlyInAnyOrder(
				"数据时间不合理（须不早于 2005-01-01，且不得超前当前时间 120 分钟以上）：DataTime=00010101000000",
				"数据时间不合理（须不早于 2005-01-01，且不得超前当前时间 120 分钟以上）：DataTime=00010101000000",
				"数据时间不合理（须不早于 2005-01-01，且不得超前当前时间 120 分钟以上）：DataTime=20000101000000");
	}

	@Test
	void aDataTimeFarAheadIsRefusedWhileClockSkewWithinTheToleranceIsStored() throws Exception {
		String mn = device();
		ZonedDateTime now = ZonedDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
		String farFuture = segment(mn, "2061", qn(now), "20990101000000", "w01018-Avg=20.0,w01018-Flag=N");
		String threeHoursAhead = segment(mn, "2011", now.plusHours(3), "w01018-Rtd=20.0,w01018-Flag=N");
		String oneHourAhead = segment(mn, "2011", now.plusHours(1), "w01018-Rtd=21.0,w01018-Flag=N");

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(farFuture));
				assertThat(logger.readFrame()).isEqualTo(refusal(farFuture)).contains("QnRtn=2");
			}
			logger.send(Hj212Messages.frame(threeHoursAhead));
			assertThat(logger.readFrame()).isEqualTo(refusal(threeHoursAhead));
			logger.send(Hj212Messages.frame(oneHourAhead));
			assertThat(logger.readFrame()).contains("CN=9014");
		}

		assertThat(jdbc.sql("SELECT rtd FROM reading WHERE mn = ?").param(mn).query(java.math.BigDecimal.class).list())
			.singleElement()
			.satisfies(rtd -> assertThat(rtd).isEqualByComparingTo("21.0"));
		assertThat(details(mn, "DATA_TIME_OUT_OF_RANGE")).hasSize(3)
			.anySatisfy(detail -> assertThat(detail).endsWith("DataTime=20990101000000"));
	}

	@Test
	void aFlagOrFactorCodeLongerThanItsColumnIsRefusedInsteadOfLeftUnanswered() throws Exception {
		String mn = device();
		ZonedDateTime hour = hoursAgo(5);
		String longFlag = segment(mn, "2061", hour, "w01018-Avg=20.0,w01018-Flag=NNNNNNNN;w21003-Avg=1.2,w21003-Flag=N");
		String longCode = segment(mn, "2061", hour.plusHours(1), "w01018abcdefghijklmnopq-Avg=20.0,w01018abcdefghijklmnopq-Flag=N");

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(longFlag));
				assertThat(logger.readFrame()).isEqualTo(refusal(longFlag)).contains("QnRtn=2");
				logger.send(Hj212Messages.frame(longCode));
				assertThat(logger.readFrame()).isEqualTo(refusal(longCode));
			}
			// The longest flag the column holds (an extended flag has up to four characters).
			logger.send(upload(mn, "2061", hour.plusHours(2), "w01018-Avg=20.0,w01018-Flag=NNNN"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}

		assertThat(storedRows(mn)).isEqualTo(1);
		assertThat(details(mn, "FLAG_TOO_LONG")).hasSize(2)
			.allSatisfy(detail -> assertThat(detail).isEqualTo("数据标记过长（最多 4 个字符）：w01018-Flag=NNNNNNNN"));
		assertThat(details(mn, "FACTOR_CODE_TOO_LONG")).hasSize(2)
			.allSatisfy(detail -> assertThat(detail).isEqualTo("监测因子编码过长（最多 20 个字符）：w01018abcdefghijklmnopq"));
	}

	@Test
	void facilityStatesThatAreNotNumbersAreRefusedAndNothingOfTheirPacketIsStored() throws Exception {
		String mn = device();
		ZonedDateTime hour = hoursAgo(4);
		String stateLetters = segment(mn, "2021", hour, "SB1-RS=abc;SB1-RT=3;SB2-RS=1;SB2-RT=2");
		String hoursLetter = segment(mn, "2021", hour.plusMinutes(10), "SB1-RS=1;SB1-RT=x");

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(stateLetters));
				assertThat(logger.readFrame()).isEqualTo(refusal(stateLetters)).contains("CN=9011", "QnRtn=2");
				logger.send(Hj212Messages.frame(hoursLetter));
				assertThat(logger.readFrame()).isEqualTo(refusal(hoursLetter));
			}
			assertThat(facilityStates(mn)).as("neither the unreadable state nor the good ones beside it").isEmpty();

			// A blank value is a value not sent, as for readings.
			logger.send(upload(mn, "2021", hour.plusMinutes(20), "SB1-RS=1;SB1-RT=3.5;SB2-RS=;SB2-RT=2"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}

		assertThat(facilityStates(mn)).containsExactly("SB1 1 3.50", "SB2 null 2.00");
		assertThat(details(mn, "VALUE_NOT_A_NUMBER")).containsExactlyInAnyOrder("数值无法识别：SB1-RS=abc",
				"数值无法识别：SB1-RS=abc", "数值无法识别：SB1-RT=x", "数值无法识别：SB1-RT=x");
	}

	@Test
	void aDataTimeThatIsNoDateIsRefusedInsteadOfLeftUnanswered() throws Exception {
		String mn = device();
		String qn = qn(hoursAgo(1));
		String month13 = segment(mn, "2061", qn, "20231301000000", "w01018-Avg=20.0,w01018-Flag=N");
		String unknownDevice = segment("T-NO-SUCH-DEVICE", "2061", qn, "20231301000000", "w01018-Avg=20.0");
		String noMn = "QN=" + qn + ";ST=32;CN=2061;PW=123456;Flag=5;CP=&&DataTime=20231301000000;w01018-Avg=20.0&&";

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(month13));
				// The exact refusal: the header echoed (Flag 4 is the 2017 edition's version bits), QnRtn 2.
				assertThat(logger.readFrame()).isEqualTo(
						Hj212Messages.frame("QN=" + qn + ";ST=91;CN=9011;PW=123456;MN=" + mn + ";Flag=4;CP=&&QnRtn=2&&"));
			}
			// As any packet, one from an unknown device is refused as such (QnRtn 4).
			logger.send(Hj212Messages.frame(unknownDevice));
			assertThat(logger.readFrame()).isEqualTo(Hj212Messages
				.frame("QN=" + qn + ";ST=91;CN=9011;PW=123456;MN=T-NO-SUCH-DEVICE;Flag=4;CP=&&QnRtn=4&&"));
			// One without an MN cannot be answered: the next answer read is the good packet's 9014.
			logger.send(Hj212Messages.frame(noMn));
			logger.send(upload(mn, "2061", hoursAgo(2), "w01018-Avg=20.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014", "MN=" + mn);
		}

		assertThat(storedRows(mn)).isEqualTo(1);
		assertThat(details(mn, "BAD_DATA_TIME")).containsExactly(
				"数据时间无法识别：DataTime is not YYYYMMDDhhmmss: 20231301000000",
				"数据时间无法识别：DataTime is not YYYYMMDDhhmmss: 20231301000000");
		assertThat(rejections.counts()).containsKey("BAD_DATA_TIME");
	}

	@Test
	void whatTheDatabaseStillRefusesAsDataIsRefusedInsteadOfLeftUnanswered() throws Exception {
		String mn = device();
		ZonedDateTime hour = hoursAgo(7);
		// A rule the checks before storing do not know, standing for any the database may have.
		String factor = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String refusedByTheTable = segment(mn, "2061", hour, factor + "-Avg=1.0," + factor + "-Flag=N");
		String facilityHoursTooLarge = segment(mn, "2021", hour, "SB1-RS=1;SB1-RT=99999;SB2-RS=1;SB2-RT=3");
		String constraint = "test_refused_" + factor;
		jdbc.sql("ALTER TABLE reading ADD CONSTRAINT " + constraint + " CHECK (factor_code <> '" + factor + "') NOT VALID")
			.update();
		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			for (int attempt = 0; attempt < 2; attempt++) {
				logger.send(Hj212Messages.frame(refusedByTheTable));
				assertThat(logger.readFrame()).isEqualTo(refusal(refusedByTheTable)).contains("QnRtn=2");
			}
			logger.send(Hj212Messages.frame(facilityHoursTooLarge));
			assertThat(logger.readFrame()).isEqualTo(refusal(facilityHoursTooLarge));
			logger.send(upload(mn, "2061", hour.plusHours(1), "w01018-Avg=20.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}
		finally {
			jdbc.sql("ALTER TABLE reading DROP CONSTRAINT " + constraint).update();
		}

		assertThat(storedRows(mn)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM facility_state WHERE mn = ?").param(mn).query(Integer.class).single())
			.isZero();
		assertThat(details(mn, "NOT_STORABLE")).hasSize(3).allSatisfy(detail -> assertThat(detail).startsWith("数据无法存储："));
	}

	@Test
	void aDatabaseOutageWhileStoringLeavesThePacketUnansweredAndTheResentPacketIsStored() throws Exception {
		String mn = device();
		ZonedDateTime hour = hoursAgo(9);
		String packet = upload(mn, "2061", hour, "w01018-Avg=20.0,w01018-Flag=N");

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
				lock.setAutoCommit(false);
				statement.execute("LOCK TABLE reading IN ACCESS EXCLUSIVE MODE");
				logger.send(packet);
				// The writer waits for the lock; its connection is then lost as in a server restart (57P01).
				List<Integer> writers = waitingWriters();
				assertThat(writers).isNotEmpty();
				writers.forEach(pid -> jdbc.sql("SELECT pg_terminate_backend(?)").param(pid).query(Boolean.class).single());
				Thread.sleep(500);
				lock.rollback();
			}
			logger.send(packet);
			// Had the lost packet been answered, that answer would be read here first.
			assertThat(logger.readFrame()).contains("CN=9014").doesNotContain("QnRtn");
		}

		assertThat(storedRows(mn)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM hj212_rejection WHERE mn = ?").param(mn).query(Integer.class).single())
			.isZero();
	}

	private List<Integer> waitingWriters() throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<Integer> pids = jdbc.sql("""
					SELECT pid FROM pg_stat_activity
					WHERE datname = current_database() AND wait_event_type = 'Lock'
					  AND (query LIKE 'INSERT INTO reading%' OR query LIKE 'COPY reading%')""")
				.query(Integer.class)
				.list();
			if (!pids.isEmpty()) {
				return pids;
			}
			Thread.sleep(50);
		}
		return List.of();
	}

	/** The exact 9011 answer refusing the packet (QnRtn 2, rejected). */
	private static String refusal(String segment) {
		return Hj212Messages.requestAnswer(Hj212Parser.parse(segment.getBytes(StandardCharsets.UTF_8)), 2);
	}

	private int storedRows(String mn) {
		return jdbc.sql("SELECT COUNT(*) FROM reading WHERE mn = ?").param(mn).query(Integer.class).single();
	}

	/** The stored facility states, as "SB1 1 3.50" (code, run state, hours run), by code. */
	private List<String> facilityStates(String mn) {
		return jdbc.sql("SELECT facility_code || ' ' || COALESCE(run_state::text, 'null') || ' ' || run_hours "
				+ "FROM facility_state WHERE mn = ? ORDER BY facility_code")
			.param(mn)
			.query(String.class)
			.list();
	}

	private List<String> details(String mn, String reason) {
		return jdbc.sql("SELECT detail FROM hj212_rejection WHERE mn = ? AND reason = ?")
			.params(mn, reason)
			.query(String.class)
			.list();
	}

	private String device() {
		return TestDevices.wastewaterAt(monitoring, "ENT-0002");
	}

	private static ZonedDateTime hoursAgo(int hours) {
		return ZonedDateTime.now(CHINA).truncatedTo(ChronoUnit.HOURS).minusHours(hours);
	}

	private static String qn(ZonedDateTime at) {
		return at.format(Hj212TestClient.QN);
	}

	/** An upload asking for an answer (Flag=5), QN from the data time. */
	private static String segment(String mn, String cn, ZonedDateTime dataTime, String items) {
		return Hj212TestClient.uploadSegment(mn, cn, dataTime, items, 5);
	}

	/** An upload asking for an answer (Flag=5) with a DataTime as sent. */
	private static String segment(String mn, String cn, String qn, String dataTime, String items) {
		return "QN=" + qn + ";ST=32;CN=" + cn + ";PW=123456;MN=" + mn + ";Flag=5;CP=&&DataTime=" + dataTime + ";" + items
				+ "&&";
	}

	private static String upload(String mn, String cn, ZonedDateTime dataTime, String items) {
		return Hj212Messages.frame(segment(mn, cn, dataTime, items));
	}

}

package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.ReadingView;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Split uploads (PNUM/PNO) over a real socket: every part is answered with its own QN, and the set
 * is stored and judged once, as one upload, when its last part arrives, whatever the order.
 */
@IntegrationTest
class Hj212SplitUploadTests {

	@Autowired
	Hj212Server server;

	@Autowired
	MonitoringApi monitoring;

	@Autowired
	AlarmApi alarms;

	@Autowired
	SplitUploadSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Test
	void partsInOrderAreEachAnsweredAndStoredTogetherWhenTheLastArrives() throws Exception {
		String mn = wastewaterDevice();
		ZonedDateTime hour = hoursAgo(3);

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			logger.send(part(mn, hour, 1, 3, "w01018-Avg=20.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014").contains("QN=" + qn(hour, 1));
			logger.send(part(mn, hour, 2, 3, "w21003-Avg=1.1,w21003-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014").contains("QN=" + qn(hour, 2));
			assertThat(readings(mn, hour)).as("nothing is stored before the set is complete").isEmpty();

			logger.send(part(mn, hour, 3, 3, "w01001-Avg=7.2,w01001-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014").contains("QN=" + qn(hour, 3));
		}

		assertThat(readings(mn, hour)).extracting(ReadingView::factorCode)
			.containsExactlyInAnyOrder("w01018", "w21003", "w01001");
		assertThat(openParts(mn)).isZero();
	}

	@Test
	void partsOutOfOrderAreJudgedAsOneUpload() throws Exception {
		String mn = "TEST-EL-" + UUID.randomUUID().toString().substring(0, 8);
		monitoring.registerDevice(new RegisterDevice(mn, "123456", DeviceKind.ELECTRICITY, "ENT-0003", null, "用电监控"));
		String line = "PL-" + mn.substring(8);
		monitoring.registerFacility("ENT-0003",
				new Facility(line, "生产线", FacilityKind.PRODUCTION, mn, "d20405", BigDecimal.TEN, "A", List.of()));
		monitoring.registerFacility("ENT-0003", new Facility("TF-" + mn.substring(8), "除尘器", FacilityKind.TREATMENT, mn,
				"d30406", BigDecimal.ONE, "A", List.of(line)));
		ZonedDateTime minute = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).minusMinutes(20);

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			logger.send(Hj212Messages.frame(Hj212TestClient.uploadSegment(mn, "2011", minute.minusMinutes(16),
					"d20405-Rtd=118,d20405-Flag=N;d30406-Rtd=0.1,d30406-Flag=N", 5)));
			assertThat(logger.readFrame()).contains("CN=9014");
			logger.send(part(mn, "2011", minute, 2, 2, "d30406-Rtd=0.2,d30406-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
			logger.send(part(mn, "2011", minute, 1, 2, "d20405-Rtd=120,d20405-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}

		// Production current and treatment current came in different parts: only judged together do
		// they show the treatment facility stopped for 16 minutes while production runs.
		assertThat(deviceAlarms(mn, minute)).singleElement()
			.satisfies(alarm -> assertThat(alarm.sourceType()).isEqualTo(AlarmSourceType.ELECTRICITY));
	}

	@Test
	void aPartSentAgainIsAnsweredAndIgnored() throws Exception {
		String mn = wastewaterDevice();
		ZonedDateTime hour = hoursAgo(4);

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			logger.send(part(mn, hour, 1, 2, "w01018-Avg=20.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
			logger.send(part(mn, hour, 1, 2, "w01018-Avg=99.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).as("a repeat is answered like the first").contains("CN=9014");
			logger.send(part(mn, hour, 2, 2, "w21003-Avg=1.1,w21003-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
			logger.send(part(mn, hour, 1, 2, "w01018-Avg=98.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).as("also after the set was stored").contains("CN=9014");
		}

		assertThat(readings(mn, hour)).hasSize(2)
			.filteredOn(r -> r.factorCode().equals("w01018"))
			.singleElement()
			.satisfies(r -> assertThat(r.avg()).isEqualByComparingTo("20.0"));
		assertThat(deviceAlarms(mn, hour)).as("the exceeding repeats were never judged").isEmpty();
		assertThat(openParts(mn)).isZero();
	}

	@Test
	void partsOfTwoDevicesInterleavedOnOneConnectionStayApart() throws Exception {
		String first = wastewaterDevice();
		String second = wastewaterDevice();
		ZonedDateTime hour = hoursAgo(5);

		try (Hj212TestClient concentrator = new Hj212TestClient(server.port())) {
			concentrator.send(part(first, hour, 1, 2, "w01018-Avg=21.0,w01018-Flag=N")
					+ part(second, hour, 1, 2, "w01018-Avg=31.0,w01018-Flag=N")
					+ part(second, hour, 2, 2, "w21003-Avg=3.3,w21003-Flag=N"));
			for (int answer = 0; answer < 3; answer++) {
				assertThat(concentrator.readFrame()).contains("CN=9014");
			}
			assertThat(readings(first, hour)).isEmpty();
			concentrator.send(part(first, hour, 2, 2, "w21003-Avg=1.3,w21003-Flag=N"));
			assertThat(concentrator.readFrame()).contains("CN=9014").contains("MN=" + first);
		}

		assertThat(readings(first, hour)).extracting(r -> r.factorCode() + "=" + r.avg().stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("w01018=21", "w21003=1.3");
		assertThat(readings(second, hour)).extracting(r -> r.factorCode() + "=" + r.avg().stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("w01018=31", "w21003=3.3");
	}

	@Test
	void anIncompleteSetIsStoredAsFarAsItArrivedAfterTheTimeout() throws Exception {
		String mn = wastewaterDevice();
		ZonedDateTime hour = hoursAgo(6);

		try (Hj212TestClient logger = new Hj212TestClient(server.port())) {
			logger.send(part(mn, hour, 1, 3, "w01018-Avg=20.0,w01018-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
			logger.send(part(mn, hour, 3, 3, "w01001-Avg=7.2,w01001-Flag=N"));
			assertThat(logger.readFrame()).contains("CN=9014");
		}
		assertThat(readings(mn, hour)).isEmpty();

		sweep.expireBefore(OffsetDateTime.now().plusMinutes(1)).get(10, TimeUnit.SECONDS);

		assertThat(readings(mn, hour)).as("the answered parts are not lost").extracting(ReadingView::factorCode)
			.containsExactlyInAnyOrder("w01018", "w01001");
		assertThat(openParts(mn)).isZero();
	}

	private String wastewaterDevice() {
		return TestDevices.wastewaterAt(monitoring, "ENT-0002");
	}

	private static ZonedDateTime hoursAgo(int hours) {
		return ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(hours);
	}

	/** Part {@code pno} of {@code pnum} of hourly data: Flag 7 (2017, split, answer wanted), its own QN. */
	private static String part(String mn, ZonedDateTime hour, int pno, int pnum, String items) {
		return part(mn, "2061", hour, pno, pnum, items);
	}

	private static String part(String mn, String cn, ZonedDateTime time, int pno, int pnum, String items) {
		return Hj212Messages.frame("QN=" + qn(time, pno) + ";ST=32;CN=" + cn + ";PW=123456;MN=" + mn + ";Flag=7;PNUM="
				+ pnum + ";PNO=" + pno + ";CP=&&DataTime=" + time.format(Hj212TestClient.DATA_TIME) + ";" + items + "&&");
	}

	private static String qn(ZonedDateTime time, int pno) {
		return time.plusNanos(pno * 1_000_000L).format(Hj212TestClient.QN);
	}

	private List<ReadingView> readings(String mn, ZonedDateTime time) {
		return monitoring.readings(mn, time.toInstant(), time.toInstant().plusSeconds(1), 10);
	}

	private List<AlarmView> deviceAlarms(String mn, ZonedDateTime time) {
		return alarms.search(new AlarmQuery(null, null, time.toOffsetDateTime().minusMinutes(1),
				time.toOffsetDateTime().plusMinutes(1), 100))
			.stream()
			.filter(a -> a.externalId().startsWith("MON-" + mn))
			.toList();
	}

	private int openParts(String mn) {
		return jdbc.sql("SELECT COUNT(*) FROM hj212_split_part WHERE mn = ? AND completed_at IS NULL")
			.param(mn)
			.query(Integer.class)
			.single();
	}

}

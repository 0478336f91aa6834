package cn.eco.enforcement.tools.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import org.junit.jupiter.api.Test;

/** The load command's own pieces that can be wrong without a platform: its HJ 212 CRC, options, URLs. */
class IntakeLoadTests {

	@Test
	void loggerPacketsCarryTheStandardsCrcAsThePlatformComputesIt() {
		String segment = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
		byte[] bytes = segment.getBytes(StandardCharsets.US_ASCII);

		assertThat(Hj212Crc.of(bytes)).isEqualTo(0x1C80);
		String frame = ReadingTraffic.packet("LOADTEST0001", "20261128120000000", java.time.Instant.parse("2026-11-28T04:00:00Z"),
				new java.util.SplittableRandom(1));
		String sent = frame.substring(6, frame.length() - 6);
		assertThat(frame).startsWith("##" + String.format("%04d", sent.length()))
			.endsWith(Hj212Crc.hex(Hj212Crc.of(sent.getBytes(StandardCharsets.US_ASCII))) + "\r\n");
	}

	@Test
	void theBaselineDatabaseIsOnTheSameServerWithTheSameParameters() {
		assertThat(CamundaBaseline.withDatabase("jdbc:postgresql://10.0.0.5:5433/enforcement?sslmode=require", "scratch"))
			.isEqualTo("jdbc:postgresql://10.0.0.5:5433/scratch?sslmode=require");
	}

	@Test
	void optionsDefaultToTheDocumentedRunAndRefuseUnknownNames() {
		LoadOptions options = LoadOptions.parse(new String[] { "--http", "http://localhost:8195", "--rate=25" });

		assertThat(options.rate()).isEqualTo(25);
		assertThat(options.seconds()).isEqualTo(60);
		assertThat(options.threads()).isEqualTo(4);
		assertThat(options.jdbcUrl()).isNull();
		assertThat(options.serverPid()).isNull();
		assertThat(LoadOptions.parse(new String[] { "--server-pid", "4711" }).serverPid()).isEqualTo(4711L);
		assertThatThrownBy(() -> LoadOptions.parse(new String[] { "--rat", "5" })).hasMessageContaining("--rat");
		assertThatThrownBy(() -> LoadOptions.parse(new String[] { "--rate", "fast" })).hasMessageContaining("whole number");
	}

	@Test
	void theYardstickIsFoundNextToTheProjectByDefaultAndAMissingOneIsAClearError() {
		LoadOptions options = LoadOptions.parse(new String[0]);

		assertThat(options.yardstick()).isEqualTo("../shared/yardstick");
		assertThat(options.backgroundLoad()).isZero();
		assertThat(LoadOptions.parse(new String[] { "--yardstick", "none" }).yardstick()).isNull();
		assertThatThrownBy(() -> Yardstick.at("/nonexistent/yardstick")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no yardstick directory at /nonexistent/yardstick")
			.hasMessageContaining("--yardstick DIR");
	}

	@Test
	void aDirectoryWithoutRunShIsNotTakenForTheYardstick(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
		assertThatThrownBy(() -> Yardstick.at(empty.toString())).hasMessageContaining("has no run.sh");
	}

	@Test
	void theYardsticksJsonLineIsReadAsItsHttpBenchPrintsIt() {
		Yardstick.Result result = Yardstick.parse("""
				{"threads":4,"elapsed_s":30.01,"ok":3601,"non2xx":0,"errors":0,"req_per_s":120.00,"lat_ms_mean":33.2,				"lat_ms_p50":30.10,"lat_ms_p95":55.50,"lat_ms_p99":80.25,"lat_ms_max":140.00,"client_cpu_cores":0.21}""");

		assertThat(result.perSecond()).isEqualTo(120.0);
		assertThat(result.ok()).isEqualTo(3601);
		assertThat(result.p99()).isEqualTo(80.25);
		assertThat(result.valid()).isTrue();
		// Measured before stock Camunda was listening: connection errors, no ratio.
		assertThat(Yardstick.parse("""
				{"threads":4,"elapsed_s":73.0,"ok":4,"non2xx":0,"errors":12935,"req_per_s":0.05,"lat_ms_p50":1,\
				"lat_ms_p95":1,"lat_ms_p99":1,"lat_ms_max":1}""").valid()).isFalse();
		assertThat(Yardstick.postgresHost("jdbc:postgresql://10.0.0.5:5433/enforcement")).isEqualTo("10.0.0.5");
		assertThat(Yardstick.postgresHost(null)).isEqualTo("127.0.0.1");
	}

	@Test
	void gcPausesAreReadFromTheUnifiedLogWithinThePhaseOnly() {
		long from = java.time.Instant.parse("2026-12-08T00:31:00Z").toEpochMilli();
		long to = from + 60_000;
		var pauses = Stalls.parsePauses(java.util.List.of(
				"[2026-12-08T00:30:59.900+0000] GC(11) Pause Young (Normal) (G1 Evacuation Pause) 300M->50M(1024M) 4.123ms",
				"[2026-12-08T00:31:02.123+0000] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->50M(1024M) 147.250ms",
				"[2026-12-08T00:31:02.200+0000] GC(13) Concurrent Mark Cycle 812.004ms",
				"[2026-12-08T00:31:30.000+0000] GC(13) Pause Remark 200M->190M(1024M) 12.500ms",
				"[2026-12-08T00:32:00.001+0000] GC(14) Pause Young (Normal) (G1 Evacuation Pause) 300M->50M(1024M) 3.000ms"),
				from, to);

		assertThat(pauses).extracting(Stalls.Span::millis).containsExactly(147.25, 12.5);
		assertThat(pauses.get(0).startMillis()).isEqualTo(from + 2_123 - 147);
	}

	@Test
	void slowAlarmsThatOverlapFormOneEpisode() {
		var first = new Stalls.Span(10_300, 300);
		var second = new Stalls.Span(10_350, 120);
		var third = new Stalls.Span(10_600, 150);
		var later = new Stalls.Span(20_000, 101);

		assertThat(Stalls.episodes(java.util.List.of(later, third, second, first)))
			.containsExactly(java.util.List.of(first, second, third), java.util.List.of(later));
	}

	@Test
	void theBackgroundLoadIsASecondProcessThatBurnsCpuUntilClosed() throws Exception {
		long pid;
		try (BackgroundLoad load = BackgroundLoad.start(1)) {
			pid = load.pid();
			assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
			long before = load.cpu().toMillis();
			// On a shared machine it may get little of a core: wait for it to have used some.
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (load.cpu().toMillis() - before < 100 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(load.cpu().toMillis() - before).isGreaterThanOrEqualTo(100);
		}
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

}

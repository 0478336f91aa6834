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
		assertThatThrownBy(() -> LoadOptions.parse(new String[] { "--rat", "5" })).hasMessageContaining("--rat");
		assertThatThrownBy(() -> LoadOptions.parse(new String[] { "--rate", "fast" })).hasMessageContaining("whole number");
	}

}

package cn.eco.enforcement.tools.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The COPY text of the one-year load: one line per device, time and factor, in primary-key order. */
class GeneratedRowsTests {

	@Test
	void writesEveryDeviceTimeAndFactorInKeyOrderWithCouForFlowOnly() throws IOException {
		Instant from = Instant.parse("2026-11-01T16:00:00Z");
		GeneratedRows rows = new GeneratedRows(List.of("YEAR000001", "YEAR000002"), List.of("w00000", "w01018"), "HOUR",
				from, from.plus(Duration.ofHours(3)), Duration.ofHours(1), from.plus(Duration.ofHours(3)));

		List<String> lines = new String(rows.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();

		assertThat(lines).hasSize(2 * 3 * 2);
		assertThat(rows.rows()).isEqualTo(12);
		assertThat(lines.get(0)).startsWith("YEAR000001\tHOUR\t2026-11-01T16:00:00Z\tw00000\t");
		assertThat(lines.get(1)).startsWith("YEAR000001\tHOUR\t2026-11-01T16:00:00Z\tw01018\t");
		assertThat(lines.get(6)).startsWith("YEAR000002\tHOUR\t2026-11-01T16:00:00Z\tw00000\t");
		for (String line : lines) {
			String[] columns = line.split("\t");
			assertThat(columns).hasSize(10);
			assertThat(columns[7].equals("\\N")).as(line).isEqualTo(!columns[3].equals("w00000"));
			assertThat(Double.parseDouble(columns[5])).as("min ≤ avg ≤ max: " + line)
				.isLessThanOrEqualTo(Double.parseDouble(columns[4]));
			assertThat(Double.parseDouble(columns[6])).isGreaterThanOrEqualTo(Double.parseDouble(columns[4]));
		}
	}

}

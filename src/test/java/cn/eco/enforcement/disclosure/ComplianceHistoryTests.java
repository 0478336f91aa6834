package cn.eco.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComplianceHistoryTests {

	@Test
	void marksEachQuarterWithAConfirmedViolationOldestFirst() {
		LocalDate today = LocalDate.of(2026, 11, 28);

		ComplianceHistory history = ComplianceHistory.of(List.of(LocalDate.of(2024, 1, 15), LocalDate.of(2026, 10, 2),
				LocalDate.of(2026, 11, 1), LocalDate.of(2023, 12, 31)), today);

		assertThat(history.quarters()).isEqualTo("V__________V");
		assertThat(history.label(0)).isEqualTo("2024Q1");
		assertThat(history.label(11)).isEqualTo("2026Q4");
	}

}

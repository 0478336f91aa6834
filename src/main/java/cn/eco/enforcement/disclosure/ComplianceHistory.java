package cn.eco.enforcement.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * A 12-quarter compliance history in the manner of US EPA ECHO: one character per quarter, oldest
 * first — {@code V} a penalty decision (served) in that quarter, {@code _} none.
 */
record ComplianceHistory(String quarters, LocalDate firstQuarterStart) {

	static final int QUARTERS = 12;

	static ComplianceHistory of(List<LocalDate> decisionDates, LocalDate today) {
		LocalDate currentStart = quarterStart(today);
		LocalDate first = currentStart.minusMonths(3L * (QUARTERS - 1));
		char[] flags = "_".repeat(QUARTERS).toCharArray();
		for (LocalDate date : decisionDates) {
			if (!date.isBefore(first) && !date.isAfter(today)) {
				int index = (int) (java.time.temporal.ChronoUnit.MONTHS.between(first, quarterStart(date)) / 3);
				flags[index] = 'V';
			}
		}
		return new ComplianceHistory(new String(flags), first);
	}

	/** "2024Q1" style label of the quarter at the given index. */
	String label(int index) {
		LocalDate start = firstQuarterStart.plusMonths(3L * index);
		return start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
	}

	private static LocalDate quarterStart(LocalDate date) {
		return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

}

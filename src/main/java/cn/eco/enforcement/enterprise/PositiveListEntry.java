package cn.eco.enforcement.enterprise;

import java.time.LocalDate;

/** One year's positive-list membership of a firm; removed ones carry the date and reason. */
public record PositiveListEntry(int year, LocalDate validFrom, LocalDate validTo, LocalDate removedOn,
		String removalReason) {
}

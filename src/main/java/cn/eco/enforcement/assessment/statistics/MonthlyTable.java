package cn.eco.enforcement.assessment.statistics;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly table of a month: a row per inspector, sums per squadron and branch bureau, and the
 * total of all rows shown.
 */
public record MonthlyTable(YearMonth month, List<InspectorMonth> inspectors, List<UnitMonth> squadrons,
		List<UnitMonth> branches, UnitMonth total) {
}

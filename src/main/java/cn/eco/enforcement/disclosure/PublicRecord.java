package cn.eco.enforcement.disclosure;

import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi.InspectionRecord;
import cn.eco.enforcement.monitoring.LatestValue;

/** Everything the public page shows about one enterprise, and nothing more. */
record PublicRecord(String name, String permitNumber, String category, boolean positiveList, boolean repeatViolator,
		List<LatestValue> latestValues, List<InspectionRecord> inspections,
		List<cn.eco.enforcement.casework.CaseworkApi.RectificationSummary> openRectifications, ComplianceHistory history) {
}

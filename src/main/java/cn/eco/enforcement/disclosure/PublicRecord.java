package cn.eco.enforcement.disclosure;

import java.time.LocalDate;
import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi.CorrectionOrderNotice;
import cn.eco.enforcement.casework.CaseworkApi.PenaltyDecisionNotice;
import cn.eco.enforcement.casework.CaseworkApi.RectificationSummary;
import cn.eco.enforcement.monitoring.LatestValue;

/**
 * Everything the public page shows about one enterprise, and nothing more: inspections only as dates
 * and kinds, and of enforcement only what has been decided and served.
 */
record PublicRecord(String token, String name, String permitNumber, String category, boolean positiveList, boolean repeatViolator,
		List<LatestValue> latestValues, List<Inspection> inspections, List<PenaltyDecisionNotice> decisions,
		List<CorrectionOrderNotice> correctionOrders, List<RectificationSummary> openRectifications,
		ComplianceHistory history) {

	/** An inspection as the public sees it: when, and whether on site; never what it found. */
	record Inspection(LocalDate date, boolean onSite) {
	}

}

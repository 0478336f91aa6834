package cn.eco.enforcement.casework;

import static cn.eco.enforcement.casework.PenaltyDiscretionTable.given;

import java.util.List;

import cn.eco.enforcement.casework.PenaltyDiscretionTable.Inputs;

/**
 * One or more cases per row of {@code processes/penalty-discretion.dmn}: the inputs an officer would
 * enter and what the discretion benchmark must answer. A row added to the table without a case here
 * fails {@code PenaltyDiscretionTableTests}.
 */
final class PenaltyDiscretionCases {

	static final String ART_33 = "《中华人民共和国行政处罚法》第三十三条第一款";

	static final String AIR_99_2 = "《中华人民共和国大气污染防治法》第九十九条第（二）项";

	static final String AIR_100_3 = "《中华人民共和国大气污染防治法》第一百条第（三）项";

	static final String AIR_99_3 = "《中华人民共和国大气污染防治法》第九十九条第（三）项";

	static final String WASTE_112 = "《中华人民共和国固体废物污染环境防治法》第一百一十二条";

	static final String PERMIT_33 = "《排污许可管理条例》第三十三条";

	static final String SPECIFIC_LAW = "依具体违法行为所违反的法律、法规、规章确定";

	private PenaltyDiscretionCases() {
	}

	static List<Case> all() {
		return List.of(
				row("Rule_FirstViolationExempt", given("EXCEEDANCE", "MINOR", 3, 0, true, true), exempt("初次违法")),
				row("Rule_FirstViolationExempt", given("NO_PERMIT", "MINOR", 29, 0, true, true), exempt("初次违法")),
				row("Rule_MinorCorrectedExempt", given("MONITORING_EQUIPMENT", "MINOR", 5, 0, false, true), exempt("没有造成危害后果")),
				row("Rule_ExceedanceSerious", given("EXCEEDANCE", "SERIOUS", 2, 0, true, true), fined("从重", 700_000, 1_000_000, 850_000, AIR_99_2)),
				row("Rule_ExceedanceRepeated", given("EXCEEDANCE", "MINOR", 1, 2, false, true), fined("从重", 700_000, 1_000_000, 850_000, AIR_99_2)),
				row("Rule_ExceedanceProlonged", given("EXCEEDANCE", "MINOR", 30, 0, true, true), fined("从重", 700_000, 1_000_000, 850_000, AIR_99_2)),
				row("Rule_ExceedanceLenient", given("EXCEEDANCE", "MINOR", 29, 0, false, false), fined("从轻", 100_000, 300_000, 200_000, AIR_99_2)),
				row("Rule_ExceedanceGeneral", given("EXCEEDANCE", "GENERAL", 10, 1, false, true), fined("一般", 300_000, 700_000, 500_000, AIR_99_2)),
				row("Rule_ExceedanceGeneral", given("EXCEEDANCE", "MINOR", 3, 1, false, true), fined("一般", 300_000, 700_000, 500_000, AIR_99_2)),
				row("Rule_MonitoringEquipmentSerious", given("MONITORING_EQUIPMENT", "SERIOUS", 1, 0, false, false), fined("从重", 140_000, 200_000, 170_000, AIR_100_3)),
				row("Rule_MonitoringEquipmentRepeated", given("MONITORING_EQUIPMENT", "GENERAL", 1, 5, false, false), fined("从重", 140_000, 200_000, 170_000, AIR_100_3)),
				row("Rule_MonitoringEquipmentProlonged", given("MONITORING_EQUIPMENT", "GENERAL", 90, 0, false, false), fined("从重", 140_000, 200_000, 170_000, AIR_100_3)),
				row("Rule_MonitoringEquipmentLenient", given("MONITORING_EQUIPMENT", "MINOR", 2, 0, true, false), fined("从轻", 20_000, 60_000, 40_000, AIR_100_3)),
				row("Rule_MonitoringEquipmentGeneral", given("MONITORING_EQUIPMENT", "GENERAL", 2, 0, true, true), fined("一般", 60_000, 140_000, 100_000, AIR_100_3)),
				row("Rule_EvasionSerious", given("DATA_FALSIFICATION", "SERIOUS", 1, 0, true, true), fined("从重", 800_000, 1_000_000, 900_000, AIR_99_3)),
				row("Rule_EvasionRepeated", given("EVASION", "GENERAL", 1, 2, false, false), fined("从重", 800_000, 1_000_000, 900_000, AIR_99_3)),
				row("Rule_EvasionProlonged", given("DATA_FALSIFICATION", "GENERAL", 45, 0, false, false), fined("从重", 800_000, 1_000_000, 900_000, AIR_99_3)),
				row("Rule_EvasionGeneral", given("EVASION", "MINOR", 1, 0, true, true), fined("一般", 500_000, 800_000, 650_000, AIR_99_3)),
				row("Rule_EvasionGeneral", given("DATA_FALSIFICATION", "MINOR", 1, 0, false, true), fined("一般", 500_000, 800_000, 650_000, AIR_99_3)),
				row("Rule_HazardousWasteSerious", given("HAZARDOUS_WASTE", "SERIOUS", 3, 1, false, false), fined("从重", 700_000, 1_000_000, 850_000, WASTE_112)),
				row("Rule_HazardousWasteRepeated", given("HAZARDOUS_WASTE", "MINOR", 3, 4, false, false), fined("从重", 700_000, 1_000_000, 850_000, WASTE_112)),
				row("Rule_HazardousWasteProlonged", given("HAZARDOUS_WASTE", "GENERAL", 31, 1, false, false), fined("从重", 700_000, 1_000_000, 850_000, WASTE_112)),
				row("Rule_HazardousWasteLenient", given("HAZARDOUS_WASTE", "MINOR", 3, 0, true, false), fined("从轻", 100_000, 300_000, 200_000, WASTE_112)),
				row("Rule_HazardousWasteGeneral", given("HAZARDOUS_WASTE", "GENERAL", 3, 0, true, false), fined("一般", 300_000, 700_000, 500_000, WASTE_112)),
				row("Rule_NoPermitSerious", given("NO_PERMIT", "SERIOUS", 10, 0, true, false), fined("从重", 700_000, 1_000_000, 850_000, PERMIT_33)),
				row("Rule_NoPermitRepeated", given("NO_PERMIT", "GENERAL", 10, 3, false, false), fined("从重", 700_000, 1_000_000, 850_000, PERMIT_33)),
				row("Rule_NoPermitProlonged", given("NO_PERMIT", "MINOR", 200, 0, true, true), fined("从重", 700_000, 1_000_000, 850_000, PERMIT_33)),
				row("Rule_NoPermitLenient", given("NO_PERMIT", "MINOR", 10, 0, false, false), fined("从轻", 200_000, 400_000, 300_000, PERMIT_33)),
				row("Rule_NoPermitGeneral", given("NO_PERMIT", "GENERAL", 10, 0, false, false), fined("一般", 400_000, 700_000, 550_000, PERMIT_33)),
				row("Rule_OtherSerious", given("OTHER", "SERIOUS", 1, 0, false, false), fined("从重", 30_000, 100_000, 60_000, SPECIFIC_LAW)),
				row("Rule_OtherRepeated", given("OTHER", "MINOR", 1, 2, false, true), fined("从重", 30_000, 100_000, 60_000, SPECIFIC_LAW)),
				row("Rule_OtherProlonged", given("OTHER", "GENERAL", 60, 0, false, false), fined("从重", 30_000, 100_000, 60_000, SPECIFIC_LAW)),
				row("Rule_OtherLenient", given("OTHER", "MINOR", 3, 0, false, false), fined("从轻", 1_000, 3_000, 2_000, SPECIFIC_LAW)),
				row("Rule_OtherGeneral", given("OTHER", "GENERAL", 3, 0, false, false), fined("一般", 5_000, 30_000, 15_000, SPECIFIC_LAW)),
				row("Rule_OtherGeneral", given("NOISE", "SERIOUS", 3, 0, false, false), fined("一般", 5_000, 30_000, 15_000, SPECIFIC_LAW)),
				row("Rule_OtherGeneral", given(null, null, null, null, null, null), fined("一般", 5_000, 30_000, 15_000, SPECIFIC_LAW)));
	}

	private static Case row(String ruleId, Inputs inputs, Expected expected) {
		return new Case(ruleId, inputs, expected);
	}

	private static Expected exempt(String basisMentions) {
		return new Expected("NO_PENALTY", "不予处罚", 0, 0, 0, List.of(ART_33, basisMentions));
	}

	private static Expected fined(String grade, long min, long max, long suggested, String basisMentions) {
		return new Expected("PENALTY", grade, min, max, suggested, List.of(basisMentions));
	}

	/** The outputs of the row; the legal basis must mention each of {@code basisMentions}. */
	record Expected(String outcome, String discretionGrade, long fineMin, long fineMax, long suggestedFine,
			List<String> basisMentions) {
	}

	record Case(String ruleId, Inputs inputs, Expected expected) {

		@Override
		public String toString() {
			return ruleId + " ← " + inputs;
		}

	}

}

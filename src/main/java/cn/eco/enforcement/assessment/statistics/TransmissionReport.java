package cn.eco.enforcement.assessment.statistics;

import java.util.List;

/**
 * The monthly data-transmission report (自动监控数据传输有效率月报): a row per branch bureau (区县分局)
 * and one for the city (市县联动), and the devices under the threshold.
 *
 * @param threshold the effective rate in percent under which a device falls short
 * ({@code app.monitoring.effective-rate-threshold})
 */
public record TransmissionReport(String month, double threshold, List<Unit> branches, Unit city,
		List<Shortfall> underThreshold) {

	static final String TITLE = "自动监控数据传输有效率月报";

	static final List<String> HEADERS = List.of("单位代码", "单位", "设备数", "平均传输有效率(%)", "最低传输有效率(%)", "低于阈值设备数",
			"未销号运维问题：设备故障", "未销号运维问题：运维不规范", "未销号运维问题：数据异常", "未销号运维问题：疑似弄虚作假");

	public TransmissionReport {
		branches = List.copyOf(branches);
		underThreshold = List.copyOf(underThreshold);
	}

	/**
	 * One unit's month: devices with expected hours, their average and lowest effective rate (null
	 * without devices), how many fall short, and the O&M findings of its devices still open at the
	 * end of the month (now, for the current month) by class.
	 */
	public record Unit(String unit, String unitName, int devices, Double averageRate, Double lowestRate,
			int underThreshold, long openEquipmentFaults, long openIrregularOperations, long openDataAnomalies,
			long openSuspectedFalsifications) {
	}

	/** A device under the threshold and where it is. */
	public record Shortfall(String mn, String branch, String subject, double effectiveRate, long expectedHours,
			long validHours) {
	}

	/** The rows of the CSV and XLSX files: the branch bureaus, then the city. */
	List<List<Object>> rows() {
		List<List<Object>> rows = new java.util.ArrayList<>();
		branches.forEach(b -> rows.add(row(b)));
		rows.add(row(city));
		return rows;
	}

	private static List<Object> row(Unit u) {
		return java.util.Arrays.asList(u.unit(), u.unitName(), u.devices(), u.averageRate(), u.lowestRate(),
				u.underThreshold(), u.openEquipmentFaults(), u.openIrregularOperations(), u.openDataAnomalies(),
				u.openSuspectedFalsifications());
	}

}

package cn.eco.enforcement.assessment.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly inspector table (执法人员监督检查工作统计表) for any month, whole or for one squadron or
 * branch bureau. Months are calendar months in the bureau's zone.
 */
@Service
public class InspectorStatistics {

	private static final Comparator<Staff> ORDER = Comparator
		.comparing(Staff::branch, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Staff::squadron, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Staff::userId);

	private final MonthlyCounts counts;

	private final Clock clock;

	InspectorStatistics(JdbcClient jdbc, Clock clock) {
		this.counts = new MonthlyCounts(jdbc);
		this.clock = clock;
	}

	/**
	 * The table of the month.
	 * @param squadron only this squadron's inspectors, or null
	 * @param branch only this branch bureau's inspectors, or null
	 * @throws InvalidInputException for a future month or an unknown squadron or branch
	 */
	public MonthlyTable table(YearMonth month, String squadron, String branch) {
		if (month.isAfter(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "不能统计未来的月份：" + month);
		}
		List<Staff> staff = counts.staff();
		require(squadron, "squadron", staff, Staff::squadron, "未知中队：");
		require(branch, "branch", staff, Staff::branch, "未知分局：");
		ZoneId zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Map<String, Tally> tallies = counts.count(from, to);
		Map<Staff, Tally> rows = new LinkedHashMap<>();
		staff.stream()
			.filter(s -> squadron == null || squadron.equals(s.squadron()))
			.filter(s -> branch == null || branch.equals(s.branch()))
			.sorted(ORDER)
			.forEach(s -> {
				Tally tally = tallies.getOrDefault(s.userId(), new Tally());
				if (s.isInspector() || (s.mayInspect() && !tally.isEmpty())) {
					rows.put(s, tally);
				}
			});
		return new MonthlyTable(month, rows.entrySet().stream().map(e -> InspectorMonth.of(e.getKey(), e.getValue())).toList(),
				units(rows, Staff::squadron, Staff::squadronName), units(rows, Staff::branch, Staff::branchName),
				UnitMonth.of("ALL", "合计", rows.size(), sum(rows.values().stream().toList())));
	}

	private static List<UnitMonth> units(Map<Staff, Tally> rows, Function<Staff, String> code,
			Function<Staff, String> name) {
		Map<String, List<Map.Entry<Staff, Tally>>> byUnit = new LinkedHashMap<>();
		rows.entrySet()
			.stream()
			.filter(e -> code.apply(e.getKey()) != null)
			.forEach(e -> byUnit.computeIfAbsent(code.apply(e.getKey()), k -> new java.util.ArrayList<>()).add(e));
		return byUnit.values()
			.stream()
			.map(members -> UnitMonth.of(code.apply(members.get(0).getKey()), name.apply(members.get(0).getKey()),
					members.size(), sum(members.stream().map(Map.Entry::getValue).toList())))
			.sorted(Comparator.comparing(UnitMonth::unit))
			.toList();
	}

	private static Tally sum(List<Tally> tallies) {
		Tally total = new Tally();
		tallies.forEach(total::add);
		return total;
	}

	private static void require(String code, String field, List<Staff> staff, Function<Staff, String> unit,
			String message) {
		if (code != null && staff.stream().map(unit).noneMatch(u -> Objects.equals(u, code))) {
			throw new InvalidInputException(field, message + code);
		}
	}

}

package cn.eco.enforcement.assessment.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.assessment.EffectiveRateBelowThreshold;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.BranchBureau;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly data-transmission report per branch bureau and for the city, and the devices that fall
 * short of {@code app.monitoring.effective-rate-threshold} (percent, default 90): for a closed month
 * each is told once to the maintenance module, which opens a 数据异常 finding for the O&M company.
 */
@Service
public class MonitoringStatistics {

	private static final Logger log = LoggerFactory.getLogger(MonitoringStatistics.class);

	private static final String CITY = "ALL";

	private static final String UNASSIGNED = "NONE";

	/** Where a device is: its firm or station, squadron and branch bureau. */
	record Place(String subject, String squadron, String branch, Double latitude, Double longitude,
			String enterpriseCode) {
	}

	private final TransmissionRates rates;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final double threshold;

	MonitoringStatistics(TransmissionRates rates, EnterpriseApi enterprises, GridApi grid, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock,
			@Value("${app.monitoring.effective-rate-threshold:90}") double threshold) {
		if (!(threshold > 0 && threshold <= 100)) {
			throw new IllegalStateException("app.monitoring.effective-rate-threshold must lie in (0, 100]: " + threshold);
		}
		this.rates = rates;
		this.enterprises = enterprises;
		this.grid = grid;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.threshold = threshold;
	}

	/**
	 * The report of the month.
	 * @throws InvalidInputException for a future month
	 */
	public TransmissionReport report(YearMonth month) {
		requireNotFuture(month, clock);
		Map<String, Place> places = places();
		List<TransmissionRates.Measured> measured = measured(month);
		Map<String, long[]> findings = openFindings(month);
		Map<String, String> branchNames = new LinkedHashMap<>();
		grid.branchBureaus().forEach(b -> branchNames.put(b.code(), b.name()));
		Map<String, List<TransmissionRates.Measured>> byBranch = new LinkedHashMap<>();
		branchNames.keySet().forEach(code -> byBranch.put(code, new ArrayList<>()));
		for (TransmissionRates.Measured m : measured) {
			byBranch.computeIfAbsent(placeOf(places, m).branch(), k -> new ArrayList<>()).add(m);
		}
		List<TransmissionReport.Unit> branches = new ArrayList<>();
		byBranch.forEach((code, members) -> {
			if (!members.isEmpty() || branchNames.containsKey(code)) {
				branches.add(unit(code, branchNames.getOrDefault(code, "未划分分局"), members, findings));
			}
		});
		List<TransmissionReport.Shortfall> shortfalls = measured.stream()
			.filter(this::underThreshold)
			.map(m -> new TransmissionReport.Shortfall(m.device().mn(), placeOf(places, m).branch(),
					placeOf(places, m).subject(), m.transmission().effectiveRate(), m.transmission().expectedHours(),
					m.transmission().validHours()))
			.sorted(Comparator.comparingDouble(TransmissionReport.Shortfall::effectiveRate))
			.toList();
		return new TransmissionReport(month.toString(), threshold, branches, unit(CITY, "全市", measured, findings),
				shortfalls);
	}

	/**
	 * Tells each device under the threshold in a closed month, once per call (the maintenance module
	 * opens one finding per device and month however often it is told); the number of devices.
	 * @throws InvalidInputException for the current or a future month
	 */
	public int reportShortfalls(YearMonth month) {
		if (!month.isBefore(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "只对已结束的月份提出：" + month);
		}
		List<TransmissionRates.Measured> under = measured(month).stream().filter(this::underThreshold).toList();
		for (TransmissionRates.Measured m : under) {
			DeviceTransmission t = m.transmission();
			try {
				events.publishEvent(new EffectiveRateBelowThreshold(t.mn(), month, t.effectiveRate(), threshold,
						t.expectedHours(), t.validHours()));
			}
			catch (RuntimeException ex) {
				log.warn("Effective rate shortfall of {} in {} not handled: {}", t.mn(), month, ex.toString());
			}
		}
		log.info("Devices under the effective-rate threshold in {}: {}", month, under.size());
		return under.size();
	}

	/** The devices under the threshold in the month, with where they are. */
	List<Map.Entry<DeviceTransmission, Place>> shortfalls(YearMonth month) {
		Map<String, Place> places = places();
		return measured(month).stream()
			.filter(this::underThreshold)
			.map(m -> Map.entry(m.transmission(), placeOf(places, m)))
			.toList();
	}

	private List<TransmissionRates.Measured> measured(YearMonth month) {
		return rates.measure(month, null).stream().filter(m -> m.transmission().expectedHours() > 0).toList();
	}

	private boolean underThreshold(TransmissionRates.Measured m) {
		Double rate = m.transmission().effectiveRate();
		return rate != null && rate < threshold;
	}

	private TransmissionReport.Unit unit(String code, String name, List<TransmissionRates.Measured> members,
			Map<String, long[]> findings) {
		long[] open = new long[4];
		members.forEach(m -> {
			long[] of = findings.getOrDefault(m.device().mn(), new long[4]);
			for (int i = 0; i < open.length; i++) {
				open[i] += of[i];
			}
		});
		var stats = members.stream().mapToDouble(m -> m.transmission().effectiveRate()).summaryStatistics();
		return new TransmissionReport.Unit(code, name, members.size(),
				members.isEmpty() ? null : Math.round(stats.getAverage() * 100) / 100.0,
				members.isEmpty() ? null : stats.getMin(), (int) members.stream().filter(this::underThreshold).count(),
				open[0], open[1], open[2], open[3]);
	}

	/**
	 * O&M findings per device still open at the end of the month (found before it ends, not closed
	 * before it ends), by class: {设备故障, 运维不规范, 数据异常, 疑似弄虚作假}.
	 */
	private Map<String, long[]> openFindings(YearMonth month) {
		ZoneId zone = clock.getZone();
		var end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
		List<String> classes = List.of("EQUIPMENT_FAULT", "IRREGULAR_OPERATION", "DATA_ANOMALY",
				"SUSPECTED_FALSIFICATION");
		Map<String, long[]> open = new HashMap<>();
		jdbc.sql("""
				SELECT mn, finding_class, COUNT(*) FROM om_finding
				WHERE found_at < ? AND (closed_at IS NULL OR closed_at >= ?)
				GROUP BY mn, finding_class""")
			.params(end, end)
			.query(rs -> {
				int index = classes.indexOf(rs.getString(2));
				if (index >= 0) {
					open.computeIfAbsent(rs.getString(1), k -> new long[4])[index] = rs.getLong(3);
				}
			});
		return open;
	}

	/** Every firm's and station's place, keyed "E:code" and "S:code". */
	private Map<String, Place> places() {
		Map<String, String> branchOf = new HashMap<>();
		for (BranchBureau branch : grid.branchBureaus()) {
			branch.squadronCodes().forEach(s -> branchOf.put(s, branch.code()));
		}
		Map<String, Place> places = new HashMap<>();
		for (EnterpriseProfile e : enterprises.list()) {
			places.put("E:" + e.code(), new Place(e.name(), e.squadronCode(),
					branchOf.getOrDefault(e.squadronCode(), UNASSIGNED), e.latitude(), e.longitude(), e.code()));
		}
		for (Station s : grid.stations()) {
			places.put("S:" + s.code(), new Place(s.name(), s.squadronCode(),
					branchOf.getOrDefault(s.squadronCode(), UNASSIGNED), s.latitude(), s.longitude(), null));
		}
		return places;
	}

	private static Place placeOf(Map<String, Place> places, TransmissionRates.Measured m) {
		TransmissionRates.Device d = m.device();
		String key = d.enterpriseCode() != null ? "E:" + d.enterpriseCode() : "S:" + d.stationCode();
		return Optional.ofNullable(places.get(key)).orElse(new Place(d.mn(), null, UNASSIGNED, null, null, null));
	}

	/** 400 naming {@code month} for a month that has not begun. */
	static void requireNotFuture(YearMonth month, Clock clock) {
		if (month.isAfter(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "不能统计未来的月份：" + month);
		}
	}

}

package cn.eco.enforcement.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.enterprise.ImportResult;
import cn.eco.enforcement.enterprise.PositiveListEntry;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.TransactionMemo;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import cn.eco.enforcement.grid.GridApi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcEnterprises implements EnterpriseApi {

	private static final String SELECT = """
			SELECT e.code, e.name, e.credit_code, e.township_code, e.category, e.industry,
			       e.responsible_inspector, e.deputy_inspector, e.latitude, e.longitude, e.characteristic_pollutants,
			       e.permit_number, e.address,
			       EXISTS (SELECT 1 FROM positive_list_entry p
			               WHERE p.enterprise_code = e.code AND p.removed_on IS NULL
			                 AND :today BETWEEN p.valid_from AND p.valid_to) AS positive_list,
			       (SELECT COUNT(*) FROM confirmed_violation v
			         WHERE v.enterprise_code = e.code AND v.confirmed_on > :windowStart) AS violations
			FROM enterprise e
			""";

	private final JdbcClient jdbc;

	private final GridApi grid;

	private final Clock clock;

	private final int violationWindowMonths;

	private final QrTokens qrTokens;

	JdbcEnterprises(JdbcClient jdbc, GridApi grid, Clock clock, QrTokens qrTokens,
			@Value("${app.supervision.violation-window-months:12}") int violationWindowMonths) {
		this.jdbc = jdbc;
		this.qrTokens = qrTokens;
		this.grid = grid;
		this.clock = clock;
		this.violationWindowMonths = violationWindowMonths;
	}

	@Override
	public Optional<EnterpriseProfile> find(String code) {
		// One enterprise: look up its own township's squadron, not the whole grid's map. Read once
		// per transaction: an alarm's intake asks for its firm at several steps.
		return TransactionMemo.remembered("enterprise:" + code, () -> query(SELECT + " WHERE e.code = :code",
				Map.of("code", code), township -> township == null ? null : grid.squadronOfTownship(township).orElse(null))
			.stream()
			.findFirst());
	}

	@Override
	public List<EnterpriseProfile> list() {
		return query(SELECT + " ORDER BY e.code", Map.of(), grid.townshipSquadrons()::get);
	}

	@Override
	@Transactional
	public void recordConfirmedViolation(String enterpriseCode, LocalDate confirmedOn, String description,
			Long alarmId) {
		TransactionMemo.forget();
		if (alarmId != null && jdbc.sql("SELECT COUNT(*) FROM confirmed_violation WHERE alarm_id = ?")
			.param(alarmId)
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		jdbc.sql("""
				INSERT INTO confirmed_violation (enterprise_code, confirmed_on, description, alarm_id)
				VALUES (?, ?, ?, ?)""").params(enterpriseCode, confirmedOn, description, alarmId).update();
	}

	@Override
	public List<FieldProblem> problems(Map<Integer, EnterpriseData> rows) {
		Set<String> townships = grid.townshipSquadrons().keySet();
		Map<String, StaffMember> staff = grid.allStaff().stream().collect(Collectors.toMap(StaffMember::userId, m -> m));
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seenCodes = new HashSet<>();
		Set<String> seenCreditCodes = new HashSet<>();
		for (Map.Entry<Integer, EnterpriseData> row : rows.entrySet()) {
			EnterpriseData e = row.getValue();
			String prefix = rows.size() == 1 ? "" : "rows[" + row.getKey() + "].";
			problems.addAll(EnterpriseValidation.problems(e, prefix, townships, staff));
			if (e.code() != null && !seenCodes.add(e.code())) {
				problems.add(new FieldProblem(prefix + "code", "与前面的行重复：" + e.code()));
			}
			if (e.creditCode() != null && (!seenCreditCodes.add(e.creditCode()) || creditCodeTakenByOther(e))) {
				problems.add(new FieldProblem(prefix + "creditCode", "统一社会信用代码已被其他企业使用：" + e.creditCode()));
			}
		}
		return problems;
	}

	@Override
	@Transactional
	public ImportResult save(Map<Integer, EnterpriseData> rows) {
		TransactionMemo.forget();
		List<FieldProblem> problems = problems(rows);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int created = 0;
		for (EnterpriseData e : rows.values()) {
			created += upsert(e) ? 1 : 0;
		}
		return new ImportResult(created, rows.size() - created);
	}

	private boolean creditCodeTakenByOther(EnterpriseData e) {
		return jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE credit_code = ? AND code <> ?")
			.params(e.creditCode(), e.code())
			.query(Integer.class)
			.single() > 0;
	}

	/** Returns true when the enterprise was created, false when it was updated. */
	private boolean upsert(EnterpriseData e) {
		Object[] values = { e.name(), e.creditCode(), e.address(), e.longitude(), e.latitude(), e.townshipCode(),
				e.industry(), e.category(), e.characteristicPollutants() == null ? null
						: String.join(",", e.characteristicPollutants()),
				e.responsibleInspector(), e.deputyInspector(), e.permitNumber(), e.code() };
		int updated = jdbc.sql("""
				UPDATE enterprise SET name = ?, credit_code = ?, address = ?, longitude = ?, latitude = ?, township_code = ?,
				       industry = ?, category = ?, characteristic_pollutants = ?, responsible_inspector = ?,
				       deputy_inspector = ?, permit_number = ? WHERE code = ?""").params(values).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO enterprise (name, credit_code, address, longitude, latitude, township_code, industry, category,
					    characteristic_pollutants, responsible_inspector, deputy_inspector, permit_number, code)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
			return true;
		}
		return false;
	}

	@Override
	@Transactional
	public void removeFromPositiveList(String enterpriseCode, LocalDate on, String reason) {
		TransactionMemo.forget();
		jdbc.sql("""
				UPDATE positive_list_entry SET removed_on = ?, removal_reason = ?
				WHERE enterprise_code = ? AND removed_on IS NULL AND ? BETWEEN valid_from AND valid_to""")
			.params(on, reason, enterpriseCode, on)
			.update();
	}

	@Override
	public List<PositiveListEntry> positiveListHistory(String enterpriseCode) {
		return jdbc.sql("""
				SELECT list_year, valid_from, valid_to, removed_on, removal_reason FROM positive_list_entry
				WHERE enterprise_code = ? ORDER BY valid_from DESC""")
			.param(enterpriseCode)
			.query((rs, i) -> new PositiveListEntry(rs.getInt(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
	}

	@Override
	@Transactional
	public int importPositiveList(int year, List<String> enterpriseCodes) {
		TransactionMemo.forget();
		Set<String> known = new HashSet<>(jdbc.sql("SELECT code FROM enterprise").query(String.class).list());
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < enterpriseCodes.size(); i++) {
			if (!known.contains(enterpriseCodes.get(i))) {
				problems.add(new FieldProblem("rows[" + (i + 1) + "]", "企业不存在：" + enterpriseCodes.get(i)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int added = 0;
		for (String code : new java.util.LinkedHashSet<>(enterpriseCodes)) {
			boolean listed = jdbc.sql("SELECT COUNT(*) FROM positive_list_entry WHERE enterprise_code = ? AND list_year = ?")
				.params(code, year)
				.query(Integer.class)
				.single() > 0;
			if (!listed) {
				jdbc.sql("""
						INSERT INTO positive_list_entry (enterprise_code, list_year, valid_from, valid_to)
						VALUES (?, ?, ?, ?)""").params(code, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
				added++;
			}
		}
		return added;
	}

	@Override
	public List<LocalDate> violationDates(String enterpriseCode, LocalDate since) {
		return jdbc.sql("SELECT confirmed_on FROM confirmed_violation WHERE enterprise_code = ? AND confirmed_on >= ? ORDER BY confirmed_on")
			.params(enterpriseCode, since)
			.query(LocalDate.class)
			.list();
	}

	@Override
	@Transactional
	public String qrToken(String enterpriseCode) {
		return qrTokens.active(enterpriseCode);
	}

	@Override
	@Transactional
	public String renewQrToken(String enterpriseCode) {
		qrTokens.revoke(enterpriseCode);
		return qrTokens.active(enterpriseCode);
	}

	@Override
	public Optional<EnterpriseProfile> findByQrToken(String token) {
		return qrTokens.enterpriseOf(token).flatMap(this::find);
	}

	private static List<String> codes(String commaSeparated) {
		return commaSeparated == null ? List.of()
				: java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}

	private List<EnterpriseProfile> query(String sql, Map<String, ?> params,
			UnaryOperator<String> squadronOfTownship) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql(sql)
			.params(params)
			.param("today", today)
			.param("windowStart", today.minusMonths(violationWindowMonths))
			.query((rs, i) -> new EnterpriseProfile(rs.getString("code"), rs.getString("name"),
					rs.getString("credit_code"), rs.getString("township_code"),
					squadronOfTownship.apply(rs.getString("township_code")), rs.getString("category"), rs.getString("industry"),
					rs.getString("responsible_inspector"), rs.getString("deputy_inspector"),
					rs.getBoolean("positive_list"), rs.getInt("violations"), rs.getObject("latitude", Double.class),
					rs.getObject("longitude", Double.class), codes(rs.getString("characteristic_pollutants")),
					rs.getString("permit_number"), rs.getString("address")))
			.list();
	}

}

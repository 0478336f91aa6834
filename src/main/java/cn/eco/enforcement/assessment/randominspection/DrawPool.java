package cn.eco.enforcement.assessment.randominspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.assessment.randominspection.DrawInput.Candidate;
import cn.eco.enforcement.assessment.randominspection.DrawInput.Officer;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The target pool and the officer pool as of now (一单两库): every registered enterprise in its pool
 * (special: repeat violators and complaint-heavy firms; else key or ordinary by registry category),
 * and every certified, available officer of the configured roles with their branch bureau.
 */
@Component
class DrawPool {

	private final EnterpriseApi enterprises;

	private final JdbcClient jdbc;

	private final RandomInspectionSettings settings;

	private final Clock clock;

	DrawPool(EnterpriseApi enterprises, JdbcClient jdbc, RandomInspectionSettings settings, Clock clock) {
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	DrawInput current(YearMonth month) {
		Map<String, String> branchOfSquadron = branches();
		Map<String, Long> complaints = complaints();
		List<Candidate> candidates = enterprises.list().stream().map(e -> new Candidate(e.code(), poolOf(e, complaints),
				e.positiveList(), e.responsibleInspector(), e.deputyInspector(), branchOfSquadron.get(e.squadronCode())))
			.toList();
		return new DrawInput(month.toString(), Map.copyOf(settings.rates()), settings.positiveListExempt(),
				settings.positiveListFactor(), candidates, officers(branchOfSquadron));
	}

	private Pool poolOf(EnterpriseProfile e, Map<String, Long> complaints) {
		if (e.confirmedViolations12m() >= settings.specialViolations()
				|| complaints.getOrDefault(e.code(), 0L) >= settings.specialComplaints()) {
			return Pool.SPECIAL;
		}
		return "KEY".equals(e.category()) ? Pool.KEY : Pool.ORDINARY;
	}

	private Map<String, Long> complaints() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT enterprise_code, COUNT(*) FROM alarm
				WHERE source_type = 'COMPLAINT' AND enterprise_code IS NOT NULL AND received_at >= ?
				GROUP BY enterprise_code""")
			.param(OffsetDateTime.now(clock).minusMonths(settings.specialComplaintMonths()))
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private List<Officer> officers(Map<String, String> branchOfSquadron) {
		return jdbc.sql("""
				SELECT user_id, org_unit_code, role FROM staff
				WHERE certificate_no IS NOT NULL AND available = TRUE ORDER BY user_id""")
			.query((rs, i) -> settings.officerRoles().contains(rs.getString(3))
					? new Officer(rs.getString(1), branchOfSquadron.get(rs.getString(2))) : null)
			.list()
			.stream()
			.filter(o -> o != null && o.branch() != null)
			.toList();
	}

	/** Squadron code → branch bureau code (squadron → brigade → branch). */
	private Map<String, String> branches() {
		Map<String, String> branches = new HashMap<>();
		jdbc.sql("""
				SELECT s.code, b.parent_code FROM org_unit s JOIN org_unit b ON b.code = s.parent_code
				WHERE s.kind = 'SQUADRON'""").query(rs -> {
			branches.put(rs.getString(1), rs.getString(2));
		});
		return branches;
	}

}

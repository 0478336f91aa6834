package cn.eco.enforcement.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprise self-inspection: started monthly for every firm that has accounts (and on demand); a
 * checklist fitting the firm's discharges; problems found start a tracked rectification.
 */
@Service
@Transactional
public class SelfInspections {

	public static final String SELF_INSPECTION = "self-inspection";

	public static final String RECTIFICATION = "rectification";

	private static final Logger log = LoggerFactory.getLogger(SelfInspections.class);

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final Rectifications rectifications;

	private final JdbcClient jdbc;

	private final Period dueIn;

	private final Clock clock;

	SelfInspections(EnterpriseApi enterprises, GridApi grid, RuntimeService runtime, IdentityService identity,
			Rectifications rectifications, JdbcClient jdbc, @Value("${app.self-inspection.due-in:P10D}") Period dueIn,
			Clock clock) {
		this.enterprises = enterprises;
		this.grid = grid;
		this.runtime = runtime;
		this.identity = identity;
		this.rectifications = rectifications;
		this.jdbc = jdbc;
		this.dueIn = dueIn;
		this.clock = clock;
	}

	/** For every firm with accounts; on the first of each month by {@link SelfInspectionSchedule}. */
	public int startMonthly() {
		int started = 0;
		for (EnterpriseProfile firm : enterprises.list()) {
			if (identity.createUserQuery().memberOfGroup(EnterpriseApi.accountGroupOf(firm.code())).count() > 0) {
				start(firm.code());
				started++;
			}
		}
		log.info("Monthly self-inspections started for {} enterprise(s)", started);
		return started;
	}

	public String start(String enterpriseCode) {
		EnterpriseProfile firm = enterprises.find(enterpriseCode).orElseThrow();
		Map<String, Object> vars = new HashMap<>();
		vars.put("enterpriseCode", firm.code());
		vars.put("enterpriseName", firm.name());
		vars.put("enterpriseGroup", EnterpriseApi.accountGroupOf(firm.code()));
		vars.put("checklistForm", checklistOf(firm));
		vars.put("period", YearMonth.now(clock).toString());
		vars.put("responsibleInspector", firm.responsibleInspector());
		vars.put("selfInspectionDueDate", Date.from(OffsetDateTime.now(clock).plus(dueIn).toInstant()));
		return runtime.startProcessInstanceByKey(SELF_INSPECTION, "SI-" + firm.code() + "-" + vars.get("period"), vars)
			.getId();
	}

	public void record(String processInstanceId, String enterpriseCode, String period, String checklist, int failedItems,
			boolean problemsFound, String problemDescription, String inspectedBy) {
		jdbc.sql("""
				INSERT INTO self_inspection (enterprise_code, period, checklist, failed_items, problems_found,
				    problem_description, inspected_by, process_instance_id, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(enterpriseCode, period, checklist, failedItems, problemsFound, problemDescription, inspectedBy,
					processInstanceId, OffsetDateTime.now(clock))
			.update();
	}

	/** Starts tracking a problem's rectification with the firm's responsible inspector (or its squadron). */
	public String startRectification(String enterpriseCode, String problem, String source) {
		Map<String, Object> vars = rectificationVariables(enterpriseCode, problem, source);
		vars.put("requirementsGiven", false);
		return startRectification(vars);
	}

	/**
	 * Starts tracking a rectification already ordered (责令整改 in an enforcement loop's feedback): the
	 * requirements and the deadline are set, so tracking starts at the firm's report.
	 * @param sourceAlarmId the alarm whose loop gave the order (not {@code alarmId}: the firm works
	 * this process's tasks and must not count as working the alarm, whose evidence it may not read)
	 */
	public String startOrderedRectification(String enterpriseCode, String problem, String source, String requirements,
			LocalDate deadline, long sourceAlarmId) {
		Map<String, Object> vars = rectificationVariables(enterpriseCode, problem, source);
		vars.put("requirementsGiven", true);
		vars.put("rectificationRequirements", requirements);
		vars.put("rectificationDeadline", deadline.toString());
		vars.put("sourceAlarmId", sourceAlarmId);
		String id = startRectification(vars);
		// The process registered the deadline before the row existed: the process starts first for its id.
		rectifications.setDeadline(id, requirements, deadline);
		return id;
	}

	private Map<String, Object> rectificationVariables(String enterpriseCode, String problem, String source) {
		EnterpriseProfile firm = enterprises.find(enterpriseCode).orElseThrow();
		String inspector = firm.responsibleInspector() != null
				&& grid.findStaff(firm.responsibleInspector()).map(StaffMember::available).orElse(false)
						? firm.responsibleInspector() : null;
		Map<String, Object> vars = new HashMap<>();
		vars.put("enterpriseCode", firm.code());
		vars.put("enterpriseName", firm.name());
		vars.put("enterpriseGroup", EnterpriseApi.accountGroupOf(firm.code()));
		vars.put("responsibleInspector", inspector);
		vars.put("candidateGroup", Squadron.groupIdOf(firm.squadronCode()));
		vars.put("squadronLeader", grid.squadronLeader(firm.squadronCode()).map(StaffMember::userId).orElse(null));
		vars.put("problemDescription", problem);
		vars.put("source", source);
		return vars;
	}

	private String startRectification(Map<String, Object> vars) {
		String code = (String) vars.get("enterpriseCode");
		String id = runtime.startProcessInstanceByKey(RECTIFICATION, "RC-" + code + "-" + clock.millis(), vars).getId();
		rectifications.open(code, (String) vars.get("source"), (String) vars.get("problemDescription"), id);
		return id;
	}

	/** Wastewater or flue-gas checklists for firms discharging those, the general one otherwise. */
	static String checklistOf(EnterpriseProfile firm) {
		boolean water = firm.characteristicPollutants().stream().anyMatch(c -> c.startsWith("w"));
		boolean gas = firm.characteristicPollutants().stream().anyMatch(c -> c.equals("a21026") || c.equals("a21002") || c.equals("a34013"));
		return gas ? "self-inspection-flue-gas" : water ? "self-inspection-wastewater" : "self-inspection-general";
	}

}

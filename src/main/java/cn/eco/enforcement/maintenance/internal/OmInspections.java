package cn.eco.enforcement.maintenance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.maintenance.internal.OmContracts.ContractDevice;
import cn.eco.enforcement.maintenance.internal.OmFindings.Failed;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.supervision.OmDeviceFacts;
import cn.eco.enforcement.supervision.OmFrequency;
import cn.eco.enforcement.supervision.OmInspectionRules;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection plans per device under contract (the interval comes from the rules) and the inspections
 * they start: one {@code om-inspection} process per due inspection, offered to the company's group
 * with a deadline.
 */
@Service
@Transactional
public class OmInspections {

	static final String PROCESS_KEY = "om-inspection";

	private static final Logger log = LoggerFactory.getLogger(OmInspections.class);

	/** One device's plan: how often, why, when last started and when next due. */
	public record Plan(String mn, String kind, String subject, String companyName, String contractNumber,
			int frequencyMonths, List<String> reasons, LocalDate lastPlannedOn, LocalDate nextDueOn, boolean open) {
	}

	/** A started inspection. */
	public record Started(long inspectionId, String processInstanceId) {
	}

	private final OmContracts contracts;

	private final OmSubjects subjects;

	private final OmInspectionRules rules;

	private final OmFindings findings;

	private final MonitoringApi monitoring;

	private final RuntimeService runtime;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period dueIn;

	OmInspections(OmContracts contracts, OmSubjects subjects, OmInspectionRules rules, OmFindings findings,
			MonitoringApi monitoring, RuntimeService runtime, JdbcClient jdbc, Clock clock,
			@Value("${app.om-inspection.due-in:P10D}") Period dueIn) {
		this.contracts = contracts;
		this.subjects = subjects;
		this.rules = rules;
		this.findings = findings;
		this.monitoring = monitoring;
		this.runtime = runtime;
		this.jdbc = jdbc;
		this.clock = clock;
		this.dueIn = dueIn;
	}

	/** Every device under a valid contract, with its plan. */
	@Transactional(readOnly = true)
	public List<Plan> plans() {
		LocalDate today = LocalDate.now(clock);
		List<Plan> plans = new ArrayList<>();
		for (ContractDevice device : contracts.devicesUnderContract(today)) {
			device(device.mn()).ifPresent(d -> plans.add(planOf(device, d)));
		}
		return plans;
	}

	/** Starts the inspections that are due and not already open; daily by {@link OmInspectionSchedule}. */
	public int startDue() {
		LocalDate today = LocalDate.now(clock);
		int started = 0;
		for (Plan plan : plans()) {
			if (!plan.open() && !plan.nextDueOn().isAfter(today)) {
				start(plan.mn());
				started++;
			}
		}
		log.info("O&M inspections started: {}", started);
		return started;
	}

	/** Starts an inspection of one device under contract now. */
	public Optional<Started> start(String mn) {
		LocalDate today = LocalDate.now(clock);
		Optional<ContractDevice> contract = contracts.contractOf(mn, today);
		Optional<DeviceView> device = device(mn);
		if (contract.isEmpty() || device.isEmpty() || OmChecklist.formOf(device.get().kind()).isEmpty()) {
			return Optional.empty();
		}
		Plan plan = planOf(contract.get(), device.get());
		OmSubjects.Subject subject = subjects.of(device.get());
		OffsetDateTime due = OffsetDateTime.now(clock).plus(dueIn);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO om_inspection (mn, company_code, planned_on, due_at, frequency_months, frequency_reason, status)
				VALUES (?, ?, ?, ?, ?, ?, 'OPEN')""")
			.params(mn, contract.get().companyCode(), today, due, plan.frequencyMonths(), String.join("；", plan.reasons()))
			.update(key, "id");
		long id = key.getKey().longValue();
		Map<String, Object> vars = new HashMap<>();
		vars.put("omInspectionId", id);
		vars.put("mn", mn);
		vars.put("subjectName", subject.name());
		vars.put("deviceLabel", subject.deviceLabel());
		vars.put("companyName", contract.get().companyName());
		vars.put("companyGroup", contract.get().companyGroup());
		vars.put("checklistForm", OmChecklist.formOf(device.get().kind()).orElseThrow());
		vars.put("frequencyNote", "巡检频次：每 " + plan.frequencyMonths() + " 个月一次（" + String.join("；", plan.reasons()) + "）");
		vars.put("inspectionDueDate", Date.from(due.toInstant()));
		String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "OM-" + id, vars).getId();
		jdbc.sql("UPDATE om_inspection SET process_instance_id = ? WHERE id = ?").params(instance, id).update();
		return Optional.of(new Started(id, instance));
	}

	/** Records a submitted checklist and opens a finding for each failed item; the number of findings. */
	public int record(long inspectionId, String inspectedBy, List<Failed> failed) {
		jdbc.sql("UPDATE om_inspection SET status = 'DONE', inspected_by = ?, submitted_at = ?, failed_items = ? WHERE id = ?")
			.params(inspectedBy, OffsetDateTime.now(clock), failed.size(), inspectionId)
			.update();
		String mn = jdbc.sql("SELECT mn FROM om_inspection WHERE id = ?").param(inspectionId).query(String.class).single();
		String company = jdbc.sql("SELECT company_code FROM om_inspection WHERE id = ?").param(inspectionId)
			.query(String.class).single();
		OmSubjects.Subject subject = subjects.of(device(mn).orElseThrow());
		failed.forEach(f -> findings.open(inspectionId, subject, OmContracts.groupOf(company), f));
		return failed.size();
	}

	private Plan planOf(ContractDevice contract, DeviceView device) {
		OmSubjects.Subject subject = subjects.of(device);
		boolean lowered = subject.enterpriseCode() != null && findings.standingLowered(subject.enterpriseCode());
		OmFrequency frequency = rules.frequencyOf(new OmDeviceFacts(device.kind().name(), subject.category(), lowered));
		Optional<LocalDate> last = jdbc.sql("SELECT MAX(planned_on) FROM om_inspection WHERE mn = ?")
			.param(device.mn())
			.query(LocalDate.class)
			.optional();
		boolean open = jdbc.sql("SELECT COUNT(*) FROM om_inspection WHERE mn = ? AND status = 'OPEN'")
			.param(device.mn()).query(Integer.class).single() > 0;
		LocalDate next = last.map(d -> d.plusMonths(frequency.months())).orElse(LocalDate.now(clock));
		return new Plan(device.mn(), OmChecklist.kindLabel(device.kind()), subject.name(), contract.companyName(),
				contract.contractNumber(), frequency.months(), frequency.reasons(), last.orElse(null), next, open);
	}

	private Optional<DeviceView> device(String mn) {
		return monitoring.device(mn);
	}

}

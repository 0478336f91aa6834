package cn.eco.enforcement.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.maintenance.MaintenanceApi;
import cn.eco.enforcement.supervision.AssignmentCase;
import cn.eco.enforcement.supervision.DeadlineCase;
import cn.eco.enforcement.supervision.LoopDeadlineDecision;
import cn.eco.enforcement.supervision.LoopDecision;
import cn.eco.enforcement.supervision.GridAssignment;
import cn.eco.enforcement.supervision.SupervisionCase;
import cn.eco.enforcement.supervision.SupervisionDecision;
import cn.eco.enforcement.supervision.SupervisionMode;
import cn.eco.enforcement.supervision.SupervisionRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the enterprise and grid facts of an alarm and asks the rules how to run its loop. */
@Service
@Transactional(readOnly = true)
public class LoopPlanning {

	private static final Logger log = LoggerFactory.getLogger(LoopPlanning.class);

	private static final int ESCALATED_PRIORITY = 90;

	private static final int NORMAL_PRIORITY = 50;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final SupervisionRules rules;

	private final LoopDeadlines deadlines;

	private final AlarmApi alarms;

	private final MaintenanceApi maintenance;

	private final Clock clock;

	LoopPlanning(EnterpriseApi enterprises, GridApi grid, SupervisionRules rules, LoopDeadlines deadlines,
			AlarmApi alarms, MaintenanceApi maintenance, Clock clock) {
		this.clock = clock;
		this.maintenance = maintenance;
		this.alarms = alarms;
		this.enterprises = enterprises;
		this.grid = grid;
		this.rules = rules;
		this.deadlines = deadlines;
	}

	/**
	 * Plans the loop of a stored alarm. The alarm's facts are read from the alarm register, the one
	 * place that keeps them, rather than copied into the process as variables.
	 */
	public LoopPlan planFor(long alarmId) {
		AlarmView alarm = alarms.find(alarmId)
			.orElseThrow(() -> new IllegalStateException("No alarm with id " + alarmId));
		return plan(alarm);
	}

	/** Plans the loop of an alarm the caller has just read from the alarm register. */
	public LoopPlan plan(AlarmView alarm) {
		String sourceType = alarm.sourceType().name();
		Double value = alarm.value() == null ? null : alarm.value().doubleValue();
		Double limit = alarm.limit() == null ? null : alarm.limit().doubleValue();
		String tracedSourceCode = alarm.suspectedSources().isEmpty() || alarm.placeBased() ? null
				: alarm.suspectedSources().get(0).enterpriseCode();
		Optional<EnterpriseProfile> enterprise = Optional.ofNullable(alarm.enterpriseCode()).flatMap(enterprises::find);
		SupervisionCase supervisionCase = new SupervisionCase(sourceType, enterprise.isPresent(),
				enterprise.map(EnterpriseProfile::positiveList).orElse(false),
				enterprise.map(EnterpriseProfile::confirmedViolations12m).orElse(0), value, limit, alarm.placeBased(),
				enterprise.filter(EnterpriseProfile::positiveList).map(e -> maintenance.standingLowered(e.code()))
					.orElse(false));
		AssignmentCase assignmentCase = enterprise.map(this::assignmentCase)
			.orElseGet(() -> alarm.placeBased() ? placeCase(alarm.townshipCode())
					: stationCase(alarm.stationCode(), tracedSourceCode));
		// One rules session for the mode, the assignee and the deadlines.
		LoopDecision decided = rules.decideLoop(supervisionCase, assignmentCase,
				mode -> new DeadlineCase(sourceType, mode.mode() == SupervisionMode.ESCALATED, monthDay(alarm.observedAt())),
				deadlines.policy());
		SupervisionDecision decision = decided.supervision();
		GridAssignment assignment = decided.assignment();
		String leader = grid.squadronLeader(assignment.squadronCode()).map(StaffMember::userId).orElse(null);
		if (leader == null) {
			log.warn("Squadron {} has no leader; review tasks will have no assignee", assignment.squadronCode());
		}
		boolean escalated = decision.mode() == SupervisionMode.ESCALATED;
		LoopDeadlineDecision due = decided.deadlines();
		String summary = modeLabel(decision.mode()) + "：" + String.join("；", decision.reasons()) + "\n派遣："
				+ assignment.reason() + (assignment.assignee() == null ? "（中队待认领）" : "（" + grid.nameWithId(assignment.assignee()) + "）")
				+ "\n时限：" + String.join("；", new java.util.LinkedHashSet<>(due.reasons()));
		// supervisionRules keeps the supervision decision's rules; the deadline's reasons are in the summary.
		return new LoopPlan(decision.mode(), decision.seriousAlarm(), summary, decision.firedRuleLabels(),
				assignment.assignee(), assignment.squadronCode(), leader, assignment.firedRuleLabels(),
				escalated ? ESCALATED_PRIORITY : NORMAL_PRIORITY, due.signFor(), due.handling());
	}

	/** The day the alarm was observed, in the application's zone, as month × 100 + day. */
	private int monthDay(OffsetDateTime observedAt) {
		LocalDate day = observedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
		return day.getMonthValue() * 100 + day.getDayOfMonth();
	}

	private AssignmentCase placeCase(String townshipCode) {
		String squadron = grid.squadronOfTownship(townshipCode)
			.orElseThrow(() -> new IllegalStateException("Township " + townshipCode + " has no squadron"));
		return AssignmentCase.place(townshipCode, squadron);
	}

	private AssignmentCase assignmentCase(EnterpriseProfile e) {
		return new AssignmentCase(e.code(), null, e.responsibleInspector(), available(e.responsibleInspector()),
				e.deputyInspector(), available(e.deputyInspector()), e.squadronCode());
	}

	private AssignmentCase stationCase(String stationCode, String tracedSourceCode) {
		String stationSquadron = grid.findStation(stationCode).orElseThrow().squadronCode();
		Optional<EnterpriseProfile> traced = Optional.ofNullable(tracedSourceCode).flatMap(enterprises::find);
		if (traced.isEmpty() || !available(traced.get().responsibleInspector())) {
			return new AssignmentCase(null, stationCode, null, false, null, false, stationSquadron, tracedSourceCode);
		}
		EnterpriseProfile source = traced.get();
		return new AssignmentCase(null, stationCode, source.responsibleInspector(), true, source.deputyInspector(),
				available(source.deputyInspector()), source.squadronCode(), source.code());
	}

	private boolean available(String userId) {
		return userId != null && grid.findStaff(userId).map(StaffMember::available).orElse(false);
	}

	static String modeLabel(SupervisionMode mode) {
		return switch (mode) {
			case OFF_SITE -> "非现场核查";
			case ON_SITE -> "现场处置";
			case ESCALATED -> "升级督办";
		};
	}

}

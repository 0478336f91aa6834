package cn.eco.enforcement.maintenance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.maintenance.FindingClass;
import cn.eco.enforcement.maintenance.MaintenanceApi;
import cn.eco.enforcement.maintenance.OmFindingView;
import cn.eco.enforcement.maintenance.OmStanding;
import cn.eco.enforcement.supervision.OmFindingDecision;
import cn.eco.enforcement.supervision.OmFindingFacts;
import cn.eco.enforcement.supervision.OmInspectionRules;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of O&M inspections: each judged by the rules, tracked to closure by an {@code om-finding}
 * process (the firm rectifies, the inspection company verifies, the squadron follows it up), and a
 * suspected falsification handed to the enforcement loop as an escalated alarm.
 */
@Service
@Transactional
class OmFindings implements MaintenanceApi {

	static final String PROCESS_KEY = "om-finding";

	/** A failed checklist item: the finding it becomes. */
	record Failed(String item, FindingClass findingClass, String note) {
	}

	private final JdbcClient jdbc;

	private final OmInspectionRules rules;

	private final AlarmApi alarms;

	private final RuntimeService runtime;

	private final Clock clock;

	private final OmInspectionPhotos photos;

	OmFindings(JdbcClient jdbc, OmInspectionRules rules, AlarmApi alarms, RuntimeService runtime, Clock clock,
			OmInspectionPhotos photos) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.rules = rules;
		this.alarms = alarms;
		this.runtime = runtime;
		this.clock = clock;
	}

	long open(long inspectionId, OmSubjects.Subject subject, String companyGroup, Failed failed) {
		return open(inspectionId, subject, companyGroup, failed, null);
	}

	/**
	 * Opens the finding of a month whose data-transmission effective rate fell short, unless the device
	 * already has one for that month; the new finding's id, or empty.
	 */
	java.util.Optional<Long> openForTransmission(OmSubjects.Subject subject, String companyGroup, Failed failed,
			java.time.YearMonth month) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM om_finding WHERE mn = ? AND transmission_month = ?")
			.params(subject.mn(), month.toString())
			.query(Integer.class)
			.single() > 0;
		return exists ? java.util.Optional.empty()
				: java.util.Optional.of(open(null, subject, companyGroup, failed, month.toString()));
	}

	/**
	 * Opens a finding that came from the monitoring data rather than an inspection (a logger whose
	 * parameters differ from the registry): one open finding per device and item.
	 * @return the open finding's id, new or already there
	 */
	long openFromMonitoring(OmSubjects.Subject subject, String companyGroup, Failed failed) {
		return jdbc.sql("""
				SELECT id FROM om_finding WHERE mn = ? AND item = ? AND inspection_id IS NULL AND status <> 'CLOSED'
				ORDER BY id LIMIT 1""")
			.params(subject.mn(), failed.item())
			.query(Long.class)
			.optional()
			.orElseGet(() -> open(null, subject, companyGroup, failed, null));
	}

	private long open(Long inspectionId, OmSubjects.Subject subject, String companyGroup, Failed failed,
			String transmissionMonth) {
		boolean irregular = failed.findingClass() == FindingClass.IRREGULAR_OPERATION;
		int irregular12m = subject.enterpriseCode() == null ? 0
				: irregularOperations12m(subject.enterpriseCode()) + (irregular ? 1 : 0);
		OmFindingDecision decision = rules.judge(
				new OmFindingFacts(failed.findingClass().name(), subject.enterpriseCode() != null, irregular12m));
		LocalDate deadline = LocalDate.now(clock).plusDays(decision.rectificationDays());
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO om_finding (inspection_id, mn, enterprise_code, finding_class, item, note, found_at,
				    rectification_deadline, rule_reasons, lowers_standing, status, transmission_month)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
			.params(inspectionId, subject.mn(), subject.enterpriseCode(), failed.findingClass().name(), failed.item(),
					failed.note(), OffsetDateTime.now(clock), deadline, String.join("；", decision.reasons()),
					decision.lowersStanding(), transmissionMonth)
			.update(key, "id");
		long id = key.getKey().longValue();
		Long alarmId = decision.escalate() ? escalate(id, subject, failed) : null;
		Map<String, Object> vars = new HashMap<>();
		vars.put("omFindingId", id);
		vars.put("subjectName", subject.name());
		vars.put("deviceLabel", subject.deviceLabel());
		vars.put("findingSummary", failed.findingClass().label() + "：" + failed.item()
				+ (failed.note() == null || failed.note().isBlank() ? "" : "——" + failed.note()));
		vars.put("ruleReasons", String.join("；", decision.reasons())
				+ (alarmId == null ? "" : "（已移送执法闭环，告警编号 " + alarmId + "）"));
		vars.put("rectifierGroup", subject.rectifierGroup());
		vars.put("companyGroup", companyGroup);
		vars.put("squadronGroup", subject.squadronGroup());
		if (inspectionId != null) {
			// The item's photos, fixed now that 现场巡检 is done: the finding's forms show them.
			vars.put("omInspectionId", inspectionId);
			vars.put(OmInspectionPhotos.ITEM_PHOTOS, photos.shownForFinding(inspectionId, failed.item()));
		}
		vars.put("rectificationDueDate", Date.from(deadline.plusDays(1).atStartOfDay(zone()).toInstant()));
		String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "OMF-" + id, vars).getId();
		jdbc.sql("UPDATE om_finding SET process_instance_id = ?, alarm_id = ? WHERE id = ?").params(instance, alarmId, id)
			.update();
		return id;
	}

	/** Opens the escalated enforcement loop: the supervision rules escalate alarms of this source. */
	private long escalate(long findingId, OmSubjects.Subject subject, Failed failed) {
		String text = "第三方巡检发现疑似弄虚作假（" + subject.deviceLabel() + "）：" + failed.item()
				+ (failed.note() == null ? "" : "——" + failed.note());
		var result = alarms.raise(new RaiseAlarm("OM-FINDING-" + findingId, AlarmSourceType.OM_INSPECTION,
				subject.enterpriseCode(), subject.enterpriseCode() == null ? subject.stationCode() : null, null, null, null,
				null, OffsetDateTime.now(clock), text.length() > 1000 ? text.substring(0, 1000) : text));
		return result.alarm().id();
	}

	void markOverdue(long findingId) {
		jdbc.sql("UPDATE om_finding SET status = 'OVERDUE' WHERE id = ? AND status = 'OPEN'").param(findingId).update();
	}

	void close(long findingId) {
		jdbc.sql("UPDATE om_finding SET status = 'CLOSED', closed_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(clock), findingId)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public OmStanding standingOf(String enterpriseCode) {
		int irregular = irregularOperations12m(enterpriseCode);
		boolean lowered = standingLowered(enterpriseCode);
		List<OmFindingView> list = jdbc.sql("""
				SELECT id, mn, finding_class, item, note, found_at, rectification_deadline, status, alarm_id, inspection_id
				FROM om_finding WHERE enterprise_code = ? AND found_at >= ? ORDER BY found_at DESC, id DESC""")
			.params(enterpriseCode, OffsetDateTime.now(clock).minusYears(3))
			.query((rs, n) -> {
				FindingClass type = FindingClass.valueOf(rs.getString("finding_class"));
				String status = rs.getString("status");
				long alarm = rs.getLong("alarm_id");
				Long alarmId = rs.wasNull() ? null : alarm;
				long inspection = rs.getLong("inspection_id");
				Long inspectionId = rs.wasNull() ? null : inspection;
				List<String> photoUrls = inspectionId == null ? List.of()
						: photos.ofFinding(inspectionId, rs.getString("item")).stream().map(p -> p.url()).toList();
				return new OmFindingView(rs.getLong("id"), rs.getString("mn"), type, type.label(), rs.getString("item"),
						rs.getString("note"), rs.getObject("found_at", OffsetDateTime.class),
						rs.getObject("rectification_deadline", LocalDate.class), status, statusLabel(status), alarmId,
						inspectionId, photoUrls);
			})
			.list();
		String label = lowered ? "降级（近 12 个月运维不规范 " + irregular + " 次）" : "正常";
		return new OmStanding(enterpriseCode, lowered, irregular, label, list);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean standingLowered(String enterpriseCode) {
		return jdbc.sql("SELECT COUNT(*) FROM om_finding WHERE enterprise_code = ? AND lowers_standing AND found_at >= ?")
			.params(enterpriseCode, OffsetDateTime.now(clock).minusYears(1))
			.query(Integer.class)
			.single() > 0;
	}

	private int irregularOperations12m(String enterpriseCode) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM om_finding
				WHERE enterprise_code = ? AND finding_class = 'IRREGULAR_OPERATION' AND found_at >= ?""")
			.params(enterpriseCode, OffsetDateTime.now(clock).minusYears(1))
			.query(Integer.class)
			.single();
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	static String statusLabel(String status) {
		return switch (status) {
			case "OPEN" -> "整改中";
			case "OVERDUE" -> "整改逾期";
			default -> "已销号";
		};
	}

}

package cn.eco.enforcement.alarm.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmRaised;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.alarm.IntakeResult;
import cn.eco.enforcement.alarm.Complainant;
import cn.eco.enforcement.alarm.ComplaintConcluded;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.grid.Township;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Jurisdiction;
import cn.eco.enforcement.grid.Station;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class AlarmIntake implements AlarmApi {

	private static final Logger log = LoggerFactory.getLogger(AlarmIntake.class);

	private final Alarms alarms;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Semaphore intakeSlots;

	private final NearbyFirms nearby;

	private final EvidenceApi evidence;

	AlarmIntake(Alarms alarms, EnterpriseApi enterprises, GridApi grid, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${app.alarms.concurrent-intakes}") int concurrentIntakes, NearbyFirms nearby,
			EvidenceApi evidence) {
		this.intakeSlots = new Semaphore(concurrentIntakes, true);
		this.nearby = nearby;
		this.evidence = evidence;
		this.alarms = alarms;
		this.enterprises = enterprises;
		this.grid = grid;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * At most {@code app.alarms.concurrent-intakes} alarms are stored at once; the others wait their
	 * turn in arrival order. On a small server a burst otherwise shares the cores between all of them
	 * and every answer in the burst comes late; in turn, the first ones are answered on time.
	 */
	@Override
	public IntakeResult raise(RaiseAlarm command, List<Upload> attachments, String raisedBy) {
		intakeSlots.acquireUninterruptibly();
		try {
			return raiseInTurn(command, attachments, raisedBy);
		}
		finally {
			intakeSlots.release();
		}
	}

	private IntakeResult raiseInTurn(RaiseAlarm command, List<Upload> attachments, String raisedBy) {
		Optional<AlarmView> known = alarms.findByExternalId(command.externalId());
		if (known.isPresent()) {
			return new IntakeResult(known.get(), false);
		}
		checkSubjectExists(command);
		Township township = command.placeBased() ? townshipOf(command) : null;
		RaiseAlarm located = township == null ? command : withNearbyFirms(command);
		try {
			return new IntakeResult(transaction.execute(status -> store(located, township, attachments, raisedBy)), true);
		}
		catch (DuplicateKeyException concurrentTwin) {
			// The same external id was committed by a concurrent request; this one's work is rolled back.
			log.info("Alarm {} arrived twice concurrently; answering with the stored one", command.externalId());
			return new IntakeResult(alarms.findByExternalId(command.externalId()).orElseThrow(), false);
		}
	}

	private AlarmView store(RaiseAlarm command, Township township, List<Upload> attachments, String raisedBy) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = alarms.insert(command, township == null ? null : township.code(), now);
		alarms.storeSuspects(id, command.suspectedSources());
		if (command.complainant() != null) {
			alarms.storeComplainant(id, command.complainant());
		}
		if (!attachments.isEmpty()) {
			evidence.store(id, raisedBy == null ? "system" : raisedBy, attachments);
		}
		alarms.recordProgress(id, AlarmStatus.RECEIVED, null, "来源：" + command.sourceType().label()
				+ (township == null ? "" : "；位置：" + (command.address() == null ? "" : command.address() + "，")
						+ township.name() + "（" + township.code() + "）"), now);
		AlarmView stored = alarms.find(id).orElseThrow();
		events.publishEvent(new AlarmRaised(stored));
		log.info("Alarm {} ({}) stored as #{}", command.externalId(), command.sourceType(), id);
		return alarms.find(id).orElseThrow();
	}

	/** The township whose boundary holds the place; 400 naming both coordinates when none does. */
	private Township townshipOf(RaiseAlarm command) {
		return grid.townshipAt(command.latitude(), command.longitude()).orElseThrow(() -> {
			String where = "（纬度 " + command.latitude() + "，经度 " + command.longitude() + "）";
			return new InvalidInputException(List.of(
					new FieldProblem("latitude", "该位置不在本市任何乡镇（街道）网格内" + where + "，请核对坐标（WGS-84，纬度在前）"),
					new FieldProblem("longitude", "该位置不在本市任何乡镇（街道）网格内" + where + "，请核对坐标（WGS-84，经度在后）")));
		});
	}

	private RaiseAlarm withNearbyFirms(RaiseAlarm c) {
		return new RaiseAlarm(c.externalId(), c.sourceType(), c.enterpriseCode(), c.stationCode(), c.pollutant(),
				c.value(), c.limit(), c.unit(), c.observedAt(), c.description(), nearby.around(c.latitude(), c.longitude()),
				c.latitude(), c.longitude(), c.address(), c.complainant(), c.declaredCondition());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Complainant> complainantOf(long alarmId) {
		return alarms.complainantOf(alarmId);
	}

	private void checkSubjectExists(RaiseAlarm command) {
		if (command.enterpriseCode() != null && enterprises.find(command.enterpriseCode()).isEmpty()) {
			throw new InvalidInputException("enterpriseCode", "企业不存在：" + command.enterpriseCode());
		}
		if (command.stationCode() != null && grid.findStation(command.stationCode()).isEmpty()) {
			throw new InvalidInputException("stationCode", "监测站点不存在：" + command.stationCode());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AlarmView> find(long id) {
		return alarms.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AlarmView> search(AlarmQuery query) {
		return alarms.search(query, query.scope().cityWide() ? null : placesIn(query.scope()));
	}

	@Override
	public Optional<AlarmView> find(long id, Jurisdiction scope) {
		return alarms.find(id).filter(alarm -> scope.covers(alarm.squadronCode()) || scope.covers(squadronOfSubject(alarm)));
	}

	/** The squadron whose grid the alarm's enterprise, station or place lies in. */
	private String squadronOfSubject(AlarmView alarm) {
		if (alarm.placeBased()) {
			return alarm.townshipCode() == null ? null : grid.squadronOfTownship(alarm.townshipCode()).orElse(null);
		}
		if (alarm.enterpriseCode() != null) {
			return enterprises.find(alarm.enterpriseCode()).map(EnterpriseProfile::squadronCode).orElse(null);
		}
		return alarm.stationCode() == null ? null
				: grid.findStation(alarm.stationCode()).map(Station::squadronCode).orElse(null);
	}

	/** The squadrons of a jurisdiction with the enterprises and stations in their grids. */
	private Alarms.Places placesIn(Jurisdiction scope) {
		return new Alarms.Places(scope.squadronCodes(),
				enterprises.list().stream().filter(e -> scope.covers(e.squadronCode())).map(EnterpriseProfile::code).toList(),
				grid.stations().stream().filter(s -> scope.covers(s.squadronCode())).map(Station::code).toList(),
				grid.townshipSquadrons().entrySet().stream().filter(t -> scope.covers(t.getValue())).map(Map.Entry::getKey).toList());
	}

	@Override
	@Transactional
	public void attachProcess(long alarmId, String processInstanceId) {
		alarms.attachProcess(alarmId, processInstanceId);
	}

	@Override
	@Transactional
	public void recordDispatch(long alarmId, String supervisionMode, String assignee, String squadronCode,
			String note) {
		alarms.recordDispatch(alarmId, supervisionMode, assignee, squadronCode);
		alarms.recordProgress(alarmId, AlarmStatus.DISPATCHED, null, note, OffsetDateTime.now(clock));
	}

	/**
	 * Also, when a complaint's loop ends (closed, or handed to case filing), tells its complainant
	 * once, if an e-mail address was left: {@link ComplaintConcluded}.
	 */
	@Override
	@Transactional
	public void recordProgress(long alarmId, AlarmStatus stage, String actor, String note) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		alarms.recordProgress(alarmId, stage, actor, note, now);
		if (stage == AlarmStatus.CLOSED || stage == AlarmStatus.CASE_FILING) {
			String email = alarms.claimComplainantNotice(alarmId, now);
			if (email != null) {
				AlarmView alarm = alarms.find(alarmId).orElseThrow();
				events.publishEvent(new ComplaintConcluded(alarmId, alarm.externalId(), email, stage,
						stage == AlarmStatus.CLOSED ? "经执法人员核查，未发现环境违法行为，本次举报已办结。"
								: "经执法人员核查，发现环境违法行为，已移送立案查处。"));
			}
		}
	}

}

package cn.eco.enforcement.alarm.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmRaised;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.alarm.IntakeResult;
import cn.eco.enforcement.alarm.RaiseAlarm;
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

	AlarmIntake(Alarms alarms, EnterpriseApi enterprises, GridApi grid, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${app.alarms.concurrent-intakes}") int concurrentIntakes) {
		this.intakeSlots = new Semaphore(concurrentIntakes, true);
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
	public IntakeResult raise(RaiseAlarm command) {
		intakeSlots.acquireUninterruptibly();
		try {
			return raiseInTurn(command);
		}
		finally {
			intakeSlots.release();
		}
	}

	private IntakeResult raiseInTurn(RaiseAlarm command) {
		Optional<AlarmView> known = alarms.findByExternalId(command.externalId());
		if (known.isPresent()) {
			return new IntakeResult(known.get(), false);
		}
		checkSubjectExists(command);
		try {
			return new IntakeResult(transaction.execute(status -> store(command)), true);
		}
		catch (DuplicateKeyException concurrentTwin) {
			// The same external id was committed by a concurrent request; this one's work is rolled back.
			log.info("Alarm {} arrived twice concurrently; answering with the stored one", command.externalId());
			return new IntakeResult(alarms.findByExternalId(command.externalId()).orElseThrow(), false);
		}
	}

	private AlarmView store(RaiseAlarm command) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = alarms.insert(command, now);
		alarms.storeSuspects(id, command.suspectedSources());
		alarms.recordProgress(id, AlarmStatus.RECEIVED, null, "来源：" + command.sourceType().label(), now);
		AlarmView stored = alarms.find(id).orElseThrow();
		events.publishEvent(new AlarmRaised(stored));
		log.info("Alarm {} ({}) stored as #{}", command.externalId(), command.sourceType(), id);
		return alarms.find(id).orElseThrow();
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

	/** The squadron whose grid the alarm's enterprise or station lies in. */
	private String squadronOfSubject(AlarmView alarm) {
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
				grid.stations().stream().filter(s -> scope.covers(s.squadronCode())).map(Station::code).toList());
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

	@Override
	@Transactional
	public void recordProgress(long alarmId, AlarmStatus stage, String actor, String note) {
		alarms.recordProgress(alarmId, stage, actor, note, OffsetDateTime.now(clock));
	}

}

package cn.eco.enforcement.casework.internal;

import java.util.Date;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.InspectorDispatched;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dispatches an alarm: records who has it, opens a case lead when escalated, and announces it. */
@Service
@Transactional
public class Dispatching {

	private final AlarmApi alarms;

	private final CaseFiling caseFiling;

	private final ApplicationEventPublisher events;

	Dispatching(AlarmApi alarms, CaseFiling caseFiling, ApplicationEventPublisher events) {
		this.alarms = alarms;
		this.caseFiling = caseFiling;
		this.events = events;
	}

	public void dispatch(Dispatch d) {
		alarms.recordDispatch(d.alarmId(), d.supervisionMode(), d.assignee(), d.squadronCode(),
				d.supervisionSummary());
		if (d.escalated()) {
			caseFiling.openLead(d.alarmId(), d.enterpriseCode(), d.alarmSummary());
		}
		events.publishEvent(new InspectorDispatched(d.alarmId(), d.supervisionMode(), d.escalated(), d.assignee(),
				d.squadronCode(), d.squadronLeader(), d.alarmSummary(), d.supervisionSummary(), d.signForDueDate()));
	}

	/** What the dispatch step knows from the loop's variables and its plan. */
	public record Dispatch(long alarmId, String supervisionMode, boolean escalated, String enterpriseCode,
			String assignee, String squadronCode, String squadronLeader, String alarmSummary,
			String supervisionSummary, Date signForDueDate) {
	}

}

package cn.eco.enforcement.casework.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.internal.LoopPlanRecords;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import cn.eco.enforcement.grid.Jurisdictions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rules' plan for an alarm's loop as it was made (监管方式、命中的规则、派遣、中队长、优先级、时限), for
 * whoever reads the alarm; the Cockpit audit trail shows it under 规则决策. The names are those the
 * loop's variables had before the plan moved to {@code loop_plan}, so old and new loops read alike.
 */
@RestController
class LoopPlanController {

	private final AlarmApi alarms;

	private final Jurisdictions jurisdictions;

	private final LoopPlanRecords plans;

	LoopPlanController(AlarmApi alarms, Jurisdictions jurisdictions, LoopPlanRecords plans) {
		this.alarms = alarms;
		this.jurisdictions = jurisdictions;
		this.plans = plans;
	}

	@GetMapping("/api/alarms/{id}/loop-plan")
	LoopPlanView plan(@PathVariable long id) {
		if (alarms.find(id, jurisdictions.ofCaller()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "告警不存在或不在本人辖区：" + id);
		}
		return plans.ofAlarm(id)
			.map(LoopPlanView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "此告警的闭环没有单独记录的规则判定：" + id));
	}

	/** One loop's plan; rule labels one a line. */
	record LoopPlanView(long alarmId, String processInstanceId, String supervisionMode, String supervisionSummary,
			String supervisionRules, boolean seriousAlarm, String assignmentRules, String assignee,
			String candidateGroup, String squadronCode, String squadronLeader, int taskPriority,
			String signForDeadline, OffsetDateTime dispatchedAt, OffsetDateTime signForDueDate,
			OffsetDateTime handlingDueDate) {

		static LoopPlanView of(PlannedLoop p) {
			return new LoopPlanView(p.alarmId(), p.processInstanceId(), p.supervisionMode(), p.summary(),
					String.join("\n", p.supervisionRules()), p.seriousAlarm(), String.join("\n", p.assignmentRules()),
					p.assignee(), p.candidateGroup(), p.squadronCode(), p.squadronLeader(), p.priority(),
					p.signForDeadline().toString(), at(p.plannedAt()), at(p.signForDueDate()), at(p.handlingDueDate()));
		}

		private static OffsetDateTime at(Date date) {
			return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
		}

	}

}

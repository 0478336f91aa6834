package cn.eco.enforcement.assessment.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import cn.eco.enforcement.assessment.SquadronDigest;
import cn.eco.enforcement.assessment.SquadronDigest.OpenTask;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.StaffMember;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, tells each squadron leader what their squadron has open: tasks assigned to its staff or
 * offered to the squadron or to its staff, overdue first. One digest per squadron and day, none when
 * nothing is open. Publishes {@link SquadronDigest}.
 */
@Component
public class SquadronDigests {

	private static final Logger log = LoggerFactory.getLogger(SquadronDigests.class);

	private final GridApi grid;

	private final JdbcClient jdbc;

	private final RemindersSent sent;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SquadronDigests(GridApi grid, JdbcClient jdbc, RemindersSent sent, ApplicationEventPublisher events, Clock clock) {
		this.grid = grid;
		this.jdbc = jdbc;
		this.sent = sent;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.reminders.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "assessment-squadron-digests", lockAtMostFor = "PT30M")
	public void sendToday() {
		log.info("Sent {} squadron digest(s)", sendAt(clock.instant()));
	}

	/** Sends the day's digests not sent yet; returns how many went out. */
	@Transactional
	public int sendAt(Instant now) {
		LocalDate day = now.atZone(clock.getZone()).toLocalDate();
		int count = 0;
		for (Squadron squadron : grid.squadrons()) {
			var leader = grid.squadronLeader(squadron.code());
			List<OpenTask> open = leader.isEmpty() ? List.of() : openTasks(squadron, now);
			if (!open.isEmpty() && sent.markDigest(squadron.code(), day, now.atOffset(ZoneOffset.UTC))) {
				events.publishEvent(new SquadronDigest(squadron.code(), squadron.name(), leader.get().userId(), day, open));
				count++;
			}
		}
		return count;
	}

	private List<OpenTask> openTasks(Squadron squadron, Instant now) {
		List<String> members = grid.allStaff().stream().filter(s -> squadron.code().equals(s.orgUnitCode()))
			.map(StaffMember::userId).toList();
		if (members.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT t.NAME_, v.TEXT_, t.ASSIGNEE_, t.DUE_DATE_ FROM ACT_RU_TASK t
				LEFT JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = t.PROC_INST_ID_ AND v.NAME_ = 'enterpriseName'
				WHERE t.ASSIGNEE_ IN (:members)
				   OR (t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l
				       WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND (l.GROUP_ID_ = :group OR l.USER_ID_ IN (:members))))""")
			.param("members", members)
			.param("group", squadron.groupId())
			.query((rs, i) -> {
				Timestamp due = rs.getTimestamp(4);
				return new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), due == null ? null : due.toInstant(),
						due != null && due.toInstant().isBefore(now));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(OpenTask::overdue).reversed()
				.thenComparing(OpenTask::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

}

package cn.eco.enforcement.alarm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.Complainant;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.alarm.AlarmView.ProgressStep;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.alarm.SuspectedSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The alarm table and its progress log. */
@Repository
class Alarms {

	private static final String SELECT = "SELECT * FROM alarm ";

	/** Alarm ids per {@code IN} list: well below every driver's parameter limit. */
	private static final int IDS_PER_STATEMENT = 500;

	private final JdbcClient jdbc;

	Alarms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RaiseAlarm alarm, String townshipCode, OffsetDateTime receivedAt) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO alarm (external_id, source_type, enterprise_code, station_code, pollutant,
				                   observed_value, limit_value, unit, observed_at, received_at, description, status,
				                   latitude, longitude, address, township_code, declared_condition)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(alarm.externalId(), alarm.sourceType().name(), alarm.enterpriseCode(), alarm.stationCode(),
					alarm.pollutant(), alarm.value(), alarm.limit(), alarm.unit(), alarm.observedAt(), receivedAt,
					alarm.description(), AlarmStatus.RECEIVED.name(), alarm.latitude(), alarm.longitude(),
					alarm.address(), townshipCode, alarm.declaredCondition())
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Complainant> complainantOf(long id) {
		return jdbc.sql("SELECT anonymous, name, phone, email FROM alarm_complainant WHERE alarm_id = ?")
			.param(id)
			.query((rs, i) -> new Complainant(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	void storeComplainant(long id, Complainant complainant) {
		jdbc.sql("INSERT INTO alarm_complainant (alarm_id, anonymous, name, phone, email) VALUES (?, ?, ?, ?, ?)")
			.params(id, complainant.anonymous(), complainant.name(), complainant.phone(), complainant.email())
			.update();
	}

	/**
	 * Marks the complainant of the alarm as told and answers the e-mail address to tell, once: null
	 * when there is no complainant with an address, or it was told before (also by another node).
	 */
	String claimComplainantNotice(long id, OffsetDateTime now) {
		String email = jdbc.sql("SELECT email FROM alarm_complainant WHERE alarm_id = ? AND notified_at IS NULL AND email IS NOT NULL")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (email == null) {
			return null;
		}
		int claimed = jdbc.sql("UPDATE alarm_complainant SET notified_at = ? WHERE alarm_id = ? AND notified_at IS NULL")
			.params(now, id)
			.update();
		return claimed == 1 ? email : null;
	}

	Optional<AlarmView> find(long id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(this::row).optional().map(this::withProgress);
	}

	Optional<AlarmView> findByExternalId(String externalId) {
		return jdbc.sql(SELECT + "WHERE external_id = ?")
			.param(externalId)
			.query(this::row)
			.optional()
			.map(this::withProgress);
	}

	/**
	 * Alarms matching the query; when {@code places} is given, only those at its enterprises or
	 * stations or dispatched to its squadrons.
	 */
	List<AlarmView> search(AlarmQuery query, Places places) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (places != null) {
			where.add(places.condition(params));
		}
		if (query.enterpriseCode() != null) {
			where.add("enterprise_code = :enterprise");
			params.put("enterprise", query.enterpriseCode());
		}
		if (query.status() != null) {
			where.add("status = :status");
			params.put("status", query.status().name());
		}
		if (query.from() != null) {
			where.add("observed_at >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			where.add("observed_at < :to");
			params.put("to", query.to());
		}
		String sql = SELECT + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where))
				+ " ORDER BY observed_at DESC, id DESC FETCH FIRST " + query.limit() + " ROWS ONLY";
		return withProgress(jdbc.sql(sql).params(params).query(this::row).list());
	}

	/** Where alarms may be: squadrons they were dispatched to, enterprises and stations they concern. */
	record Places(Collection<String> squadronCodes, Collection<String> enterpriseCodes, Collection<String> stationCodes,
			Collection<String> townshipCodes) {

		/** An SQL condition over the alarm table; no place at all matches nothing. */
		String condition(Map<String, Object> params) {
			List<String> any = new ArrayList<>();
			addIn(any, params, "squadron_code", "scopeSquadrons", squadronCodes);
			addIn(any, params, "enterprise_code", "scopeEnterprises", enterpriseCodes);
			addIn(any, params, "station_code", "scopeStations", stationCodes);
			addIn(any, params, "township_code", "scopeTownships", townshipCodes);
			return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
		}

		private static void addIn(List<String> any, Map<String, Object> params, String column, String name,
				Collection<String> values) {
			if (!values.isEmpty()) {
				any.add(column + " IN (:" + name + ")");
				params.put(name, List.copyOf(values));
			}
		}

	}

	void attachProcess(long id, String processInstanceId) {
		jdbc.sql("UPDATE alarm SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
	}

	void recordDispatch(long id, String mode, String assignee, String squadronCode) {
		jdbc.sql("UPDATE alarm SET supervision_mode = ?, assignee = ?, squadron_code = ? WHERE id = ?")
			.params(mode, assignee, squadronCode, id)
			.update();
	}

	void recordProgress(long id, AlarmStatus stage, String actor, String note, OffsetDateTime at) {
		int updated = jdbc.sql("UPDATE alarm SET status = ? WHERE id = ?").params(stage.name(), id).update();
		if (updated == 0) {
			throw new IllegalArgumentException("No alarm with id " + id);
		}
		jdbc.sql("INSERT INTO alarm_progress (alarm_id, stage, actor, note, recorded_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, stage.name(), actor, note, at)
			.update();
	}

	void storeSuspects(long id, List<SuspectedSource> suspects) {
		for (int i = 0; i < suspects.size(); i++) {
			SuspectedSource s = suspects.get(i);
			jdbc.sql("INSERT INTO alarm_suspected_source (alarm_id, rank_no, enterprise_code, score, explanation, distance_m) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, i + 1, s.enterpriseCode(), java.math.BigDecimal.valueOf(s.score()).setScale(5, java.math.RoundingMode.HALF_UP),
						s.explanation(), s.distanceMeters())
				.update();
		}
	}

	private AlarmView withProgress(AlarmView alarm) {
		return withProgress(List.of(alarm)).get(0);
	}

	/**
	 * The alarms with their progress steps and suspected sources, read for the whole list at once
	 * (two statements per {@value #IDS_PER_STATEMENT} alarms) rather than two per alarm: the map and
	 * the alarm list show hundreds.
	 */
	private List<AlarmView> withProgress(List<AlarmView> alarms) {
		Map<Long, List<ProgressStep>> steps = new HashMap<>();
		Map<Long, List<SuspectedSource>> suspects = new HashMap<>();
		Map<Long, Complainant> complainants = new HashMap<>();
		List<Long> ids = alarms.stream().map(AlarmView::id).toList();
		for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
			jdbc.sql("SELECT alarm_id, stage, actor, note, recorded_at FROM alarm_progress WHERE alarm_id IN (:ids) ORDER BY id")
				.param("ids", chunk)
				.query(rs -> {
					AlarmStatus stage = AlarmStatus.valueOf(rs.getString("stage"));
					steps.computeIfAbsent(rs.getLong("alarm_id"), id -> new ArrayList<>())
						.add(new ProgressStep(stage, stage.label(), rs.getString("actor"), rs.getString("note"),
								rs.getObject("recorded_at", OffsetDateTime.class)));
				});
			jdbc.sql("""
					SELECT alarm_id, enterprise_code, score, explanation, distance_m FROM alarm_suspected_source
					WHERE alarm_id IN (:ids) ORDER BY alarm_id, rank_no""")
				.param("ids", chunk)
				.query(rs -> {
					suspects.computeIfAbsent(rs.getLong("alarm_id"), id -> new ArrayList<>())
						.add(new SuspectedSource(rs.getString("enterprise_code"), rs.getDouble("score"),
								rs.getString("explanation"), (Integer) rs.getObject("distance_m", Integer.class)));
				});
			jdbc.sql("SELECT alarm_id, anonymous FROM alarm_complainant WHERE alarm_id IN (:ids)")
				.param("ids", chunk)
				.query(rs -> {
					// Only whether it was anonymous: the contact is read on its own (complainantOf).
					complainants.put(rs.getLong("alarm_id"), new Complainant(rs.getBoolean("anonymous"), null, null, null));
				});
		}
		return alarms.stream()
			.map(alarm -> new AlarmView(alarm.id(), alarm.externalId(), alarm.sourceType(), alarm.enterpriseCode(),
					alarm.stationCode(), alarm.pollutant(), alarm.value(), alarm.limit(), alarm.unit(),
					alarm.observedAt(), alarm.receivedAt(), alarm.description(), alarm.status(), alarm.statusLabel(),
					alarm.supervisionMode(), alarm.assignee(), alarm.squadronCode(), alarm.processInstanceId(),
					List.copyOf(suspects.getOrDefault(alarm.id(), List.of())),
					List.copyOf(steps.getOrDefault(alarm.id(), List.of())), alarm.latitude(), alarm.longitude(),
					alarm.address(), alarm.townshipCode(), complainants.get(alarm.id()), alarm.declaredCondition()))
			.toList();
	}

	private AlarmView row(ResultSet rs, int rowNum) throws SQLException {
		AlarmStatus status = AlarmStatus.valueOf(rs.getString("status"));
		return new AlarmView(rs.getLong("id"), rs.getString("external_id"),
				AlarmSourceType.valueOf(rs.getString("source_type")), rs.getString("enterprise_code"),
				rs.getString("station_code"), rs.getString("pollutant"), rs.getBigDecimal("observed_value"),
				rs.getBigDecimal("limit_value"), rs.getString("unit"),
				rs.getObject("observed_at", OffsetDateTime.class), rs.getObject("received_at", OffsetDateTime.class),
				rs.getString("description"), status, status.label(), rs.getString("supervision_mode"),
				rs.getString("assignee"), rs.getString("squadron_code"), rs.getString("process_instance_id"),
				List.of(), List.of(), (Double) rs.getObject("latitude", Double.class),
				(Double) rs.getObject("longitude", Double.class), rs.getString("address"), rs.getString("township_code"),
				null, rs.getString("declared_condition"));
	}

}

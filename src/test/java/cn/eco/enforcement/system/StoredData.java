package cn.eco.enforcement.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the application's database holds, read directly with JDBC to check the application's promises. */
final class StoredData {

	private final String url;

	private final String user;

	private final String password;

	StoredData(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** An alarm row and the enforcement-loop processes started for it. */
	record StoredAlarm(long id, String processInstanceId, int loops, boolean loopAttached) {
	}

	/** The alarms whose external id starts with the prefix, by external id (a list, to show duplicates). */
	Map<String, List<StoredAlarm>> alarms(String externalIdPrefix) {
		Map<String, List<StoredAlarm>> alarms = new HashMap<>();
		query("""
				SELECT a.external_id, a.id, a.process_instance_id,
				       (SELECT count(*) FROM act_hi_procinst p
				         WHERE p.proc_def_key_ = 'enforcement-loop' AND p.business_key_ = 'ALARM-' || a.id) AS loops,
				       (SELECT count(*) FROM act_hi_procinst p WHERE p.id_ = a.process_instance_id) AS attached
				  FROM alarm a WHERE a.external_id LIKE ?""", List.of(externalIdPrefix + "%"), rs -> alarms
			.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
			.add(new StoredAlarm(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5) == 1)));
		return alarms;
	}

	/** Minute readings per device and data time (key {@code mn@instant}) from the given time on. */
	Map<String, Integer> minuteReadings(Collection<String> mns, Instant from) {
		Map<String, Integer> readings = new HashMap<>();
		query("""
				SELECT mn, data_time, count(*) FROM reading
				 WHERE period = 'MINUTE' AND data_time >= ? AND mn = ANY (string_to_array(?, ','))
				 GROUP BY mn, data_time""", List.of(Timestamp.from(from), String.join(",", mns)),
				rs -> readings.put(key(rs.getString(1), rs.getTimestamp(2).toInstant()), rs.getInt(3)));
		return readings;
	}

	static String key(String mn, Instant dataTime) {
		return mn + "@" + dataTime;
	}

	/** Whether the sign-for timer of the alarm's loop has fired (the job executor ran it). */
	boolean signForTimerFired(String externalId) {
		List<Integer> fired = new ArrayList<>();
		query("""
				SELECT count(*) FROM act_hi_actinst ai JOIN alarm a ON ai.proc_inst_id_ = a.process_instance_id
				 WHERE a.external_id = ? AND ai.act_id_ = 'BoundaryEvent_SignForOverdue'""", List.of(externalId),
				rs -> fired.add(rs.getInt(1)));
		return fired.get(0) > 0;
	}

	/** Drops the database (the application using it must be gone); best effort. */
	void dropDatabase() {
		String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(server, user, password)) {
			connection.createStatement().execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			// PostgresTestDatabase drops leftovers of earlier runs
		}
	}

	private interface RowReader {

		void read(ResultSet rs) throws SQLException;

	}

	private void query(String sql, List<Object> params, RowReader reader) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				statement.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					reader.read(rs);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

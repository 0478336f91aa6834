package cn.eco.enforcement.assessment.randominspection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.assessment.randominspection.DrawInput.Drawn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The random_draw and random_inspection tables. */
@Repository
class DrawRecords {

	private static final String ITEM_COLUMNS = """
			i.id, i.enterprise_code, e.name, i.pool, i.positive_list, i.inspector_a, i.inspector_b, i.status,
			i.process_instance_id, i.completed_by, i.completed_at, i.problem_found, i.result_summary""";

	private final JdbcClient jdbc;

	DrawRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertDraw(String month, long seed, String by, OffsetDateTime at, String snapshot) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO random_draw (draw_month, seed, drawn_by, drawn_at, pool_snapshot) VALUES (?, ?, ?, ?, ?)""")
			.params(month, seed, by, at, snapshot)
			.update(key, "id");
		return key.getKey().longValue();
	}

	long insertItem(long drawId, Drawn drawn) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO random_inspection (draw_id, enterprise_code, pool, positive_list, inspector_a, inspector_b, status)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(drawId, drawn.enterpriseCode(), drawn.pool().name(), drawn.positiveList(), drawn.inspectorA(),
					drawn.inspectorB(), drawn.staffed() ? "PLANNED" : "UNSTAFFED")
			.update(key, "id");
		return key.getKey().longValue();
	}

	void attachProcess(long itemId, String processInstanceId) {
		jdbc.sql("UPDATE random_inspection SET process_instance_id = ? WHERE id = ?").params(processInstanceId, itemId).update();
	}

	void recordResult(long itemId, String by, OffsetDateTime at, boolean problemFound, String summary) {
		jdbc.sql("""
				UPDATE random_inspection SET status = 'DONE', completed_by = ?, completed_at = ?, problem_found = ?,
				       result_summary = ? WHERE id = ?""")
			.params(by, at, problemFound, summary, itemId)
			.update();
	}

	void publish(long drawId, OffsetDateTime at) {
		jdbc.sql("UPDATE random_draw SET published_at = ? WHERE id = ? AND published_at IS NULL").params(at, drawId).update();
	}

	Optional<StoredDraw> find(String month) {
		return jdbc.sql("""
				SELECT id, draw_month, seed, drawn_by, drawn_at, pool_snapshot, published_at FROM random_draw
				WHERE draw_month = ?""")
			.param(month)
			.query((rs, i) -> new StoredDraw(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
			.optional();
	}

	List<RandomInspectionView> items(long drawId) {
		return jdbc.sql("SELECT " + ITEM_COLUMNS
				+ " FROM random_inspection i JOIN enterprise e ON e.code = i.enterprise_code WHERE i.draw_id = ? ORDER BY i.enterprise_code")
			.param(drawId)
			.query((rs, n) -> new RandomInspectionView(rs.getLong(1), rs.getString(2), rs.getString(3),
					Pool.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class),
					(Boolean) rs.getObject(12), rs.getString(13)))
			.list();
	}

	/** A draw as stored: its seed and the input it was made from. */
	record StoredDraw(long id, String month, long seed, String drawnBy, OffsetDateTime drawnAt, String snapshot,
			OffsetDateTime publishedAt) {
	}

}

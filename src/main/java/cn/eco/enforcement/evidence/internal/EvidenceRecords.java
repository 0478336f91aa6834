package cn.eco.enforcement.evidence.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceItem;

/** The evidence metadata table ({@code evidence_item}); the files themselves are in {@link EvidenceFiles}. */
@Repository
class EvidenceRecords {

	private static final String COLUMNS = "id, file_name, content_type, size_bytes AS size, sha256, uploaded_by, uploaded_at,"
			+ " captured_at, latitude, longitude";

	private static final RowMapper<EvidenceItem> ITEM = new DataClassRowMapper<>(EvidenceItem.class);

	private final JdbcClient jdbc;

	EvidenceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EvidenceItem add(long alarmId, Stored file, String fileName, String uploadedBy, OffsetDateTime uploadedAt) {
		return add(Owner.alarm(alarmId), file, fileName, uploadedBy, uploadedAt);
	}

	/** Whose evidence an item is: an alarm's, or one checklist item's of an O&M inspection. */
	record Owner(Long alarmId, Long omInspectionId, String checklistItem) {

		static Owner alarm(long alarmId) {
			return new Owner(alarmId, null, null);
		}

		static Owner omInspection(long inspectionId, String checklistItem) {
			return new Owner(null, inspectionId, checklistItem);
		}

	}

	EvidenceItem add(Owner owner, Stored file, String fileName, String uploadedBy, OffsetDateTime uploadedAt) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO evidence_item (alarm_id, om_inspection_id, checklist_item, file_name, content_type, size_bytes,
				  sha256, uploaded_by, uploaded_at, captured_at, latitude, longitude)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(owner.alarmId(), owner.omInspectionId(), owner.checklistItem(), fileName, file.contentType(), file.size(), file.sha256(), uploadedBy, uploadedAt,
					file.exif().capturedAt(), file.exif().latitude(), file.exif().longitude())
			.update(key, "id");
		long id = key.getKey().longValue();
		return new EvidenceItem(id, fileName, file.contentType(), file.size(), file.sha256(), uploadedBy, uploadedAt,
				file.exif().capturedAt(), file.exif().latitude(), file.exif().longitude());
	}

	List<EvidenceItem> of(long alarmId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_item WHERE alarm_id = ? ORDER BY id")
			.param(alarmId)
			.query(EvidenceItem.class)
			.list();
	}

	List<EvidenceApi.ChecklistEvidence> ofOmInspection(long inspectionId) {
		return jdbc.sql("SELECT checklist_item, " + COLUMNS + " FROM evidence_item WHERE om_inspection_id = ? ORDER BY id")
			.param(inspectionId)
			.query((rs, n) -> new EvidenceApi.ChecklistEvidence(rs.getString("checklist_item"), ITEM.mapRow(rs, n)))
			.list();
	}

	Optional<EvidenceApi.ChecklistEvidence> findOfOmInspection(long inspectionId, long itemId) {
		return jdbc.sql("SELECT checklist_item, " + COLUMNS + " FROM evidence_item WHERE om_inspection_id = ? AND id = ?")
			.params(inspectionId, itemId)
			.query((rs, n) -> new EvidenceApi.ChecklistEvidence(rs.getString("checklist_item"), ITEM.mapRow(rs, n)))
			.optional();
	}

	Optional<EvidenceItem> find(long alarmId, long itemId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_item WHERE alarm_id = ? AND id = ?")
			.params(alarmId, itemId)
			.query(EvidenceItem.class)
			.optional();
	}

}

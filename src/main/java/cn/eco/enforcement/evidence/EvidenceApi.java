package cn.eco.enforcement.evidence;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.InputStreamSource;

/**
 * Stores and reads evidence: of alarms, and of the checklist items of third-party O&M inspections
 * (巡检照片). Both are judged, hashed and kept alike. Who may do so is the caller's business.
 */
public interface EvidenceApi {

	/**
	 * Stores the files as evidence of the alarm, all or none.
	 * @throws cn.eco.enforcement.shared.InvalidInputException (field {@code file}) when a file is
	 * empty, too large, or not a photo, video or PDF by its content
	 */
	List<EvidenceItem> store(long alarmId, String uploadedBy, List<Upload> uploads);

	/** The alarm's evidence, oldest first. */
	List<EvidenceItem> of(long alarmId);

	Optional<EvidenceItem> find(long alarmId, long itemId);

	/**
	 * Stores the files as evidence of one checklist item of an O&M inspection, all or none, with the
	 * same checks as {@link #store(long, String, List)}.
	 */
	List<EvidenceItem> storeForOmInspection(long inspectionId, String checklistItem, String uploadedBy,
			List<Upload> uploads);

	/** The inspection's evidence by checklist item key, each oldest first; items without any are absent. */
	Map<String, List<EvidenceItem>> ofOmInspection(long inspectionId);

	/** One item of the inspection's evidence with the checklist item it belongs to. */
	Optional<ChecklistEvidence> findOfOmInspection(long inspectionId, long itemId);

	/** The item's content; the caller closes it. */
	InputStream open(EvidenceItem item);

	/**
	 * A small JPEG preview (at most 160 px on the longer side) of a JPEG or PNG photo, for the forms'
	 * thumbnails; an SVG chart is its own preview (SVG, not JPEG); empty for videos, PDFs, HEIC and
	 * unreadable images.
	 */
	Optional<byte[]> thumbnail(EvidenceItem item);

	/** An O&M inspection's evidence item and the checklist item (key) it was taken for. */
	record ChecklistEvidence(String checklistItem, EvidenceItem item) {
	}

	/** A file to store: the name it came with and its content (read once). */
	record Upload(String fileName, InputStreamSource content) {
	}

}

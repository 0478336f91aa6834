package cn.eco.enforcement.evidence;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.InputStreamSource;

/** Stores and reads the evidence of alarms. Who may do so is the caller's business. */
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

	/** The item's content; the caller closes it. */
	InputStream open(EvidenceItem item);

	/**
	 * A small JPEG preview (at most 160 px on the longer side) of a JPEG or PNG photo, for the forms'
	 * thumbnails; an SVG chart is its own preview (SVG, not JPEG); empty for videos, PDFs, HEIC and
	 * unreadable images.
	 */
	Optional<byte[]> thumbnail(EvidenceItem item);

	/** A file to store: the name it came with and its content (read once). */
	record Upload(String fileName, InputStreamSource content) {
	}

}

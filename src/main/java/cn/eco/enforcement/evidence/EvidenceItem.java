package cn.eco.enforcement.evidence;

import java.time.OffsetDateTime;

/**
 * One piece of evidence (of an alarm, or of an O&amp;M inspection's checklist item) as callers see it.
 *
 * @param contentType the type read from the content's first bytes, never from the file name
 * @param sha256 hex SHA-256 of the content, also its key in the file store
 * @param uploadedBy the user who uploaded it
 * @param capturedAt when the photo was taken (EXIF), null when unknown
 * @param latitude where (EXIF GPS, WGS 84 degrees), null when unknown
 */
public record EvidenceItem(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
		OffsetDateTime uploadedAt, OffsetDateTime capturedAt, Double latitude, Double longitude) {

	/** Whether this is a photo or a video (a PDF or a chart is evidence too, but not from the scene). */
	public boolean photoOrVideo() {
		return (contentType.startsWith("image/") && !chart()) || contentType.startsWith("video/");
	}

	/** Whether a browser shows it as a picture (JPEG, PNG or an SVG chart; HEIC photos only as a link). */
	public boolean picture() {
		return contentType.equals("image/jpeg") || contentType.equals("image/png") || chart();
	}

	/** Whether it is a chart the platform drew (SVG), such as an electricity alarm's power curves. */
	public boolean chart() {
		return contentType.equals("image/svg+xml");
	}

}

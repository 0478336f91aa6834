package cn.eco.enforcement.evidence;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a stored evidence file is answered over HTTP, the same for an alarm's evidence and an O&amp;M
 * inspection's photos: inline with its own name, the type read from its content, never sniffed,
 * and its hash as the ETag. Who may read it is the caller's business.
 */
public final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	/** The file itself. */
	public static ResponseEntity<InputStreamResource> file(EvidenceApi evidence, EvidenceItem item) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(item.contentType()))
			.contentLength(item.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(item.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.eTag('"' + item.sha256() + '"')
			.body(new InputStreamResource(evidence.open(item)));
	}

	/**
	 * A photo's small preview (an SVG chart is its own); 404 with {@code noneReason} for what has none
	 * (videos, PDFs).
	 */
	public static ResponseEntity<byte[]> thumbnail(EvidenceApi evidence, EvidenceItem item, String noneReason) {
		byte[] preview = evidence.thumbnail(item)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, noneReason));
		return ResponseEntity.ok()
			.contentType(item.chart() ? MediaType.valueOf(item.contentType()) : MediaType.IMAGE_JPEG)
			.header("X-Content-Type-Options", "nosniff")
			.eTag("\"" + item.sha256() + "-thumbnail\"")
			.body(preview);
	}

}

package cn.eco.enforcement.casework.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import cn.eco.enforcement.casework.internal.CaseDossiers;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.casework.internal.FiledDossiers;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's dossier (结案归档) for those who read the case: one PDF, or a ZIP of the PDF, the documents
 * issued and a manifest with their SHA-256. A closed case's dossier is the one filed when it closed
 * ({@link FiledDossiers}, header {@code X-Dossier: filed}, ETag its SHA-256); a case not closed yet
 * gets a provisional dossier assembled on request, marked 未结案 on every page, so the closing
 * approval can be given with the dossier in front of the approver. A case closed before dossiers were
 * filed gets one assembled on request ({@code X-Dossier: assembled}).
 */
@RestController
@RequestMapping("/api/cases/{id}")
class CaseDossierController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final CaseReaders readers;

	private final CaseDossiers dossiers;

	private final FiledDossiers filed;

	CaseDossierController(CaseReaders readers, CaseDossiers dossiers, FiledDossiers filed) {
		this.readers = readers;
		this.dossiers = dossiers;
		this.filed = filed;
	}

	@GetMapping("/dossier")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
		CaseRow row = readers.visible(id, user);
		String name = CaseDossiers.fileName(row, "案卷.pdf");
		return filed.find(id)
			.map(f -> download(MediaType.APPLICATION_PDF, name, f.pdf(), f.pdfSha256()))
			.orElseGet(() -> download(MediaType.APPLICATION_PDF, name, dossiers.pdf(row), null));
	}

	@GetMapping("/dossier.zip")
	ResponseEntity<byte[]> zip(@PathVariable long id, Authentication user) {
		CaseRow row = readers.visible(id, user);
		String name = CaseDossiers.fileName(row, "案卷.zip");
		return filed.find(id).map(f -> download(ZIP, name, f.zip(), f.zipSha256())).orElseGet(() -> {
			var now = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
			return download(ZIP, name, dossiers.zip(row, user.getName(), now), null);
		});
	}

	/** A filed dossier carries its SHA-256 as ETag and says it is the filed one. */
	private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] content, String filedSha256) {
		var response = ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Dossier", filedSha256 == null ? "assembled" : "filed");
		return (filedSha256 == null ? response : response.eTag('"' + filedSha256 + '"')).body(content);
	}

}

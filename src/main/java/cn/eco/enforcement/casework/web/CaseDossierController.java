package cn.eco.enforcement.casework.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import cn.eco.enforcement.casework.internal.CaseDossiers;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
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
 * issued and a manifest with their SHA-256. A case not closed yet gets a provisional dossier, marked
 * 未结案 on every page, so the closing approval can be given with the dossier in front of the approver.
 */
@RestController
@RequestMapping("/api/cases/{id}")
class CaseDossierController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final CaseReaders readers;

	private final CaseDossiers dossiers;

	CaseDossierController(CaseReaders readers, CaseDossiers dossiers) {
		this.readers = readers;
		this.dossiers = dossiers;
	}

	@GetMapping("/dossier")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
		CaseRow row = readers.visible(id, user);
		return download(MediaType.APPLICATION_PDF, CaseDossiers.fileName(row, "案卷.pdf"), dossiers.pdf(row));
	}

	@GetMapping("/dossier.zip")
	ResponseEntity<byte[]> zip(@PathVariable long id, Authentication user) {
		CaseRow row = readers.visible(id, user);
		var now = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
		return download(ZIP, CaseDossiers.fileName(row, "案卷.zip"), dossiers.zip(row, user.getName(), now));
	}

	private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}

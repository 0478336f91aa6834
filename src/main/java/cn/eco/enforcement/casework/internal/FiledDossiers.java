package cn.eco.enforcement.casework.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import cn.eco.enforcement.casework.internal.CaseDossiers.Bundle;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier filed when a case closes (结案归档): assembled once, in the closing transaction, by the
 * person who closed the case, stored as PDF and ZIP ({@code case_dossier}, append-only) and its
 * SHA-256 put on the case's timeline. From then on the closed case's dossier is this one, not one
 * assembled anew at each download, so what was filed stays what is handed out.
 */
@Component
@Transactional
public class FiledDossiers {

	private final CaseDossiers dossiers;

	private final CaseRecords records;

	private final JdbcClient jdbc;

	FiledDossiers(CaseDossiers dossiers, CaseRecords records, JdbcClient jdbc) {
		this.dossiers = dossiers;
		this.records = records;
		this.jdbc = jdbc;
	}

	/** Assembles and files the dossier of a case just closed; a case is filed once. */
	public void file(long caseId, String filedBy, OffsetDateTime at) {
		if (find(caseId).isPresent()) {
			throw new IllegalStateException("case " + caseId + " has been filed already");
		}
		CaseRow row = records.find(caseId).orElseThrow();
		Bundle bundle = dossiers.bundle(row, filedBy, at);
		String pdfSha = CaseEventDigest.sha256(bundle.pdf());
		String zipSha = CaseEventDigest.sha256(bundle.zip());
		int seq = records.event(caseId, at, "归档", filedBy, "案卷归档：" + CaseDossiers.fileName(row, "案卷.pdf") + "（"
				+ bundle.pdf().length + " 字节，SHA-256 " + pdfSha + "）、" + CaseDossiers.fileName(row, "案卷.zip") + "（"
				+ bundle.zip().length + " 字节，SHA-256 " + zipSha + "）");
		jdbc.sql("""
				INSERT INTO case_dossier (case_id, pdf, pdf_sha256, zip, zip_sha256, filed_at, filed_by, event_seq)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId, bundle.pdf(), pdfSha, bundle.zip(), zipSha, CaseEventDigest.stored(at), filedBy, seq)
			.update();
	}

	/** The case's filed dossier, if it was filed (cases closed before filing existed have none). */
	@Transactional(readOnly = true)
	public Optional<Filed> find(long caseId) {
		return find(jdbc, caseId);
	}

	/** Also for the integrity check, which the dossier itself uses and so cannot depend on this bean. */
	static Optional<Filed> find(JdbcClient jdbc, long caseId) {
		return jdbc.sql("""
				SELECT pdf, pdf_sha256, zip, zip_sha256, filed_at, filed_by, event_seq FROM case_dossier WHERE case_id = ?""")
			.param(caseId)
			.query(Filed.class)
			.optional();
	}

	/** A filed dossier with the SHA-256 recorded at filing and the timeline entry that recorded it. */
	public record Filed(byte[] pdf, String pdfSha256, byte[] zip, String zipSha256, OffsetDateTime filedAt, String filedBy,
			int eventSeq) {
	}

}

package cn.eco.enforcement.casework.internal;

import cn.eco.enforcement.casework.internal.FiledDossiers.Filed;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier filed at closing: its PDF and ZIP must still hash to the SHA-256 recorded with them,
 * and those must be the ones its timeline entry (归档) recorded.
 */
@Component
@Order(3)
class FiledDossierCheck implements CaseIntegrityCheck {

	private final JdbcClient jdbc;

	private final CaseRecords records;

	FiledDossierCheck(JdbcClient jdbc, CaseRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	@Override
	@Transactional(readOnly = true)
	public Finding check(long caseId) {
		return FiledDossiers.find(jdbc, caseId).map(filed -> check(caseId, filed)).orElse(Finding.intact(0));
	}

	private Finding check(long caseId, Filed filed) {
		String entry = records.chain(caseId)
			.stream()
			.filter(e -> e.seq() == filed.eventSeq())
			.map(CaseRecords.ChainedEvent::description)
			.findFirst()
			.orElse("");
		String reason = null;
		if (!CaseEventDigest.sha256(filed.pdf()).equals(filed.pdfSha256())) {
			reason = "归档案卷 PDF 的内容与归档时的 SHA-256 不符：案卷在归档后被改动";
		}
		else if (!CaseEventDigest.sha256(filed.zip()).equals(filed.zipSha256())) {
			reason = "归档案卷 ZIP 的内容与归档时的 SHA-256 不符：案卷在归档后被改动";
		}
		else if (!entry.contains(filed.pdfSha256()) || !entry.contains(filed.zipSha256())) {
			reason = "归档案卷的 SHA-256 与案件记录第 " + filed.eventSeq() + " 条（归档）登记的不符：案卷在归档后被替换";
		}
		return reason == null ? Finding.intact(1)
				: new Finding(1, new BrokenEntry("归档案卷", caseId, filed.eventSeq(), filed.filedAt(), "归档", filed.filedBy(),
						"PDF SHA-256 " + filed.pdfSha256() + "，ZIP SHA-256 " + filed.zipSha256()), reason);
	}

}

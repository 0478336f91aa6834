package cn.eco.enforcement.casework;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The evidence files stored with a case, as the dossier lists them. Evidence storage is not part of
 * casework yet: declare a bean of this type to have its files listed (with their SHA-256) in the
 * dossier and its manifest; until then {@link #NONE} is used and the dossier says no files are stored.
 */
@FunctionalInterface
public interface CaseEvidence {

	/** No evidence files for any case. */
	CaseEvidence NONE = caseId -> List.of();

	/** The case's evidence files in the order they were uploaded. */
	List<EvidenceFile> of(long caseId);

	/**
	 * One evidence file.
	 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
	 * @param size its length in bytes
	 */
	record EvidenceFile(String fileName, String contentType, long size, String sha256, String uploadedBy,
			OffsetDateTime uploadedAt) {
	}

}

package cn.eco.enforcement.casework.internal;

import java.time.OffsetDateTime;

/**
 * One kind of a case's records whose integrity can be recomputed from what is stored: the timeline's
 * hash chain ({@link TimelineChainCheck}), the evidence entered in the case ({@link EvidenceDigestCheck})
 * and the dossier filed at closing ({@link FiledDossierCheck}). A bean of this type is all
 * {@code GET /api/cases/{id}/integrity} needs to include another.
 */
public interface CaseIntegrityCheck {

	/** Checks the case's records of this kind; {@link Finding#firstBroken()} is null when all are intact. */
	Finding check(long caseId);

	/** How many entries were checked and, if any is broken, the first one and why (Chinese). */
	record Finding(int entries, BrokenEntry firstBroken, String reason) {

		public static Finding intact(int entries) {
			return new Finding(entries, null, null);
		}

	}

	/**
	 * An entry that failed its check: which record it belongs to (案件记录, 证据文件, …), its id, its place
	 * in the chain, and its content as stored now.
	 */
	record BrokenEntry(String record, long id, int position, OffsetDateTime occurredAt, String stage, String actor,
			String description) {
	}

}

package cn.eco.enforcement.casework.internal;

import java.util.List;

import cn.eco.enforcement.casework.internal.CaseIntegrityCheck.Finding;

import org.springframework.stereotype.Component;

/**
 * Whether a case's records are as they were written: runs every {@link CaseIntegrityCheck} (the
 * timeline's hash chain, the evidence files, the filed dossier) and reports the entries checked in all
 * and the first broken entry of the first check that found one.
 */
@Component
public class CaseIntegrity {

	private final List<CaseIntegrityCheck> checks;

	CaseIntegrity(List<CaseIntegrityCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	public Finding check(long caseId) {
		int entries = 0;
		Finding broken = null;
		for (CaseIntegrityCheck check : checks) {
			Finding finding = check.check(caseId);
			entries += finding.entries();
			if (broken == null && finding.firstBroken() != null) {
				broken = finding;
			}
		}
		return broken == null ? Finding.intact(entries) : new Finding(entries, broken.firstBroken(), broken.reason());
	}

}

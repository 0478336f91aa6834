package cn.eco.enforcement.casework.internal;

import java.util.List;

import cn.eco.enforcement.casework.CaseEvidence;
import cn.eco.enforcement.evidence.EvidenceApi;

import org.springframework.stereotype.Component;

/** The dossier's evidence list: the files of the case's alarm in the evidence store, with their SHA-256. */
@Component
class StoredCaseEvidence implements CaseEvidence {

	private final CaseRecords cases;

	private final EvidenceApi evidence;

	StoredCaseEvidence(CaseRecords cases, EvidenceApi evidence) {
		this.cases = cases;
		this.evidence = evidence;
	}

	@Override
	public List<EvidenceFile> of(long caseId) {
		return cases.find(caseId)
			.map(row -> evidence.of(row.alarmId())
				.stream()
				.map(item -> new EvidenceFile(item.fileName(), item.contentType(), item.size(), item.sha256(),
						item.uploadedBy(), item.uploadedAt()))
				.toList())
			.orElse(List.of());
	}

}

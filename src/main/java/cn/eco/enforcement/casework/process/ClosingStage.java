package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseTexts.outcomeLabel;
import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;

import java.time.OffsetDateTime;
import java.util.Map;

import cn.eco.enforcement.casework.internal.CaseFiling;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.FiledDossiers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** 结案: the approved closing of a case, whatever its outcome, and the filing of its dossier. */
@Component
class ClosingStage {

	private static final Logger log = LoggerFactory.getLogger(ClosingStage.class);

	private final CaseRecords records;

	private final CaseFiling caseFiling;

	private final FiledDossiers dossiers;

	ClosingStage(CaseRecords records, CaseFiling caseFiling, FiledDossiers dossiers) {
		this.records = records;
		this.caseFiling = caseFiling;
		this.dossiers = dossiers;
	}

	/** 结案: closed and its dossier filed by the approver; the enterprise file shows the outcome. */
	void closeCase(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		String opinion = v.requiredText("closingOpinion", "结案意见");
		OffsetDateTime now = now();
		records.update(v.caseId(), Map.of("status", "CLOSED", "closed_at", now));
		records.event(v.caseId(), now, "结案", actor(execution), "结案归档：" + opinion);
		dossiers.file(v.caseId(), actor(execution), now);
		caseFiling.recordCaseEnded(v.caseId(), actor(execution),
				"案件" + v.text("caseNumber") + "已结案（" + outcomeLabel(v.text("caseOutcome")) + "）");
		log.info("Case {} closed ({})", v.text("caseNumber"), v.text("caseOutcome"));
	}

}

package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;
import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.eco.enforcement.casework.internal.CaseFiling;
import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.documents.DocumentKind;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * 立案: the approval's decision turns a lead into a numbered case (or ends it), with its procedure, its
 * two investigators, the 90-day clock, the party's earlier violations and the filing approval form.
 */
@Component
class FilingStage {

	private final CaseRecords records;

	private final CaseFiling caseFiling;

	private final CaseProcedureSettings settings;

	private final CaseDocuments documents;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	FilingStage(CaseRecords records, CaseFiling caseFiling, CaseProcedureSettings settings, CaseDocuments documents,
			EnterpriseApi enterprises, GridApi grid) {
		this.records = records;
		this.caseFiling = caseFiling;
		this.settings = settings;
		this.documents = documents;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	/** 立案审批: the decision, the procedure, two distinct certified investigators, and the 90-day clock. */
	void recordFilingDecision(DelegateExecution execution) {
		CaseVariables v = CaseVariables.of(execution);
		boolean approved = v.flag("filingApproved");
		v.set("filingApproved", approved);
		String opinion = v.requiredText("filingOpinion", "审批意见");
		long caseId = v.caseId();
		OffsetDateTime now = now();
		if (!approved) {
			caseFiling.recordFilingDecision(caseId, false, opinion);
			records.event(caseId, now, "不予立案", actor(execution), opinion);
			caseFiling.recordCaseEnded(caseId, actor(execution), "案源" + v.text("caseNumber") + "不予立案：" + opinion);
			return;
		}
		String procedure = v.text("procedure") == null ? "GENERAL" : v.text("procedure");
		if (!procedure.equals("GENERAL") && !procedure.equals("SIMPLIFIED")) {
			throw refused("未知的程序类型：" + procedure);
		}
		v.set("procedure", procedure);
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("procedure_kind", procedure);
		if (procedure.equals("GENERAL")) {
			StaffMember first = certifiedOfficer(v.text("investigator1"), "承办人一");
			StaffMember second = certifiedOfficer(v.text("investigator2"), "承办人二");
			if (first.userId().equals(second.userId())) {
				throw refused("调查取证须由两名不同的执法人员承办，承办人一与承办人二不能是同一人");
			}
			v.set("investigator1Name", first.name());
			v.set("investigator2Name", second.name());
			OffsetDateTime decisionDue = now.plus(settings.decisionPeriod());
			v.deadline("decisionDue", decisionDue);
			columns.put("investigator1", first.userId());
			columns.put("investigator2", second.userId());
			columns.put("decision_due_at", decisionDue);
		}
		String leadNumber = v.text("caseNumber");
		String caseNumber = caseFiling.assignCaseNumber(caseId, now.atZoneSameInstant(CaseVariables.ZONE).getYear());
		v.set("caseNumber", caseNumber);
		v.set("caseSummary", "案号：" + caseNumber + "（案源编号 " + leadNumber + "）"
				+ (v.text("caseSummary") == null ? "" : v.text("caseSummary").replaceFirst("^案源编号：[^\\n]*", "")));
		caseFiling.recordFilingDecision(caseId, true, opinion);
		records.update(caseId, columns);
		int repeatCount = priorViolations(v.text("enterpriseCode"));
		v.set("repeatCount", repeatCount);
		v.set("firstViolation", repeatCount == 0);
		documents.render(execution, v, DocumentKind.FILING_APPROVAL);
		records.event(caseId, now, "立案", actor(execution), "准予立案，案号 " + caseNumber + "（" + (procedure.equals("GENERAL") ? "一般程序，承办人："
				+ v.text("investigator1Name") + "、" + v.text("investigator2Name") + "；办案期限至 " + v.text("decisionDueDate")
				: "简易程序") + "）。" + opinion);
	}

	private StaffMember certifiedOfficer(String userId, String label) {
		if (userId == null || userId.isBlank()) {
			throw refused("一般程序须指定两名持有执法证的执法人员：请选择" + label);
		}
		StaffMember member = grid.findStaff(userId).orElseThrow(() -> refused(label + "不存在：" + userId));
		if (!member.certified()) {
			throw refused(member.name() + " 未持有执法证，不能承办调查取证");
		}
		return member;
	}

	private int priorViolations(String enterpriseCode) {
		if (enterpriseCode == null) {
			return 0;
		}
		LocalDate since = now().toLocalDate().minus(settings.limitationPeriod());
		return Math.max(0, enterprises.violationDates(enterpriseCode, since).size() - 1);
	}

}

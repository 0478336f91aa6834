package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseVariables.actor;
import static cn.eco.enforcement.casework.process.CaseVariables.now;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.eco.enforcement.casework.internal.CaseProcedureSettings;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;
import cn.eco.enforcement.documents.LegalDocuments;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The legal documents the stages of a case produce (立案审批表, 事先告知书, 处罚决定书, 责令改正决定书):
 * rendered from the case's variables, stored with the case and linked from its tasks.
 */
@Component
class CaseDocuments {

	private final CaseRecords records;

	private final CaseProcedureSettings settings;

	private final LegalDocuments documents;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	CaseDocuments(CaseRecords records, CaseProcedureSettings settings, LegalDocuments documents, EnterpriseApi enterprises,
			GridApi grid) {
		this.records = records;
		this.settings = settings;
		this.documents = documents;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	/** Renders a document of the case from its variables and stores it with the case. */
	void render(DelegateExecution execution, CaseVariables v, DocumentKind kind) {
		EnterpriseProfile party = enterprises.find(v.text("enterpriseCode")).orElse(null);
		boolean decision = kind == DocumentKind.PENALTY_DECISION;
		BigDecimal fine = decision ? firstAmount(v, "decisionFineAmount", "fineAmount") : v.amount("fineAmount");
		List<String> officers = new ArrayList<>();
		for (String id : v.officers()) {
			grid.findStaff(id).ifPresent(s -> officers.add(s.name() + "（执法证号 " + s.certificateNo() + "）"));
		}
		OffsetDateTime now = now();
		// A correction order is a document of its own, numbered apart from the case (and anew each cycle).
		String number = v.text("caseNumber");
		if (kind == DocumentKind.CORRECTION_ORDER) {
			int year = now.atZoneSameInstant(CaseVariables.ZONE).getYear();
			number = settings.correctionOrderNumber(year, records.nextCorrectionOrderNumber(year));
			records.correctionOrderIssued(v.caseId(), number, now);
		}
		CaseDocument data = new CaseDocument(number, settings.authorityName(),
				now.atZoneSameInstant(CaseVariables.ZONE).toLocalDate(), party == null ? v.text("enterpriseName") : party.name(),
				party == null ? null : party.creditCode(), party == null ? null : party.address(), null,
				kind == DocumentKind.FILING_APPROVAL ? v.text("caseSummary") : v.text("facts"), evidence(v.text("evidenceList")),
				v.text("violatedProvision"), v.text("penaltyProvision"), kind == DocumentKind.FILING_APPROVAL ? null : fine,
				kind == DocumentKind.CORRECTION_ORDER || v.flag("correctionOrdered") ? v.text("correctionDemand") : null,
				kind == DocumentKind.CORRECTION_ORDER ? now.toLocalDate().plusDays(settings.reInspectionPeriod().getDays()) : null,
				officers, v.text("filingOpinion"), actor(execution), settings.responsePeriod().getDays(), v.flag("hearingRight"),
				settings.paymentPeriod().getDays(), settings.paymentAccount(), null, v.text("caseSource"));
		byte[] pdf = documents.render(kind, data);
		long id = records.issueDocument(v.caseId(), kind.name(), kind.title(), kind.fileName(number), pdf, now, actor(execution));
		String link = "[" + kind.title() + "](/api/cases/" + v.caseId() + "/documents/" + id + ")";
		String links = v.text("documentLinks");
		v.set("documentLinks", links == null || links.isEmpty() ? link : links + "　" + link);
	}

	private static BigDecimal firstAmount(CaseVariables v, String... names) {
		for (String name : names) {
			BigDecimal value = v.amount(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static List<String> evidence(String list) {
		return list == null ? List.of() : Arrays.stream(list.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}

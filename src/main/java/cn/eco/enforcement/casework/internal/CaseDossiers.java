package cn.eco.enforcement.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.casework.CaseEvidence;
import cn.eco.enforcement.casework.CaseEvidence.EvidenceFile;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.casework.internal.CaseRecords.DocumentInfo;
import cn.eco.enforcement.documents.CaseDossier;
import cn.eco.enforcement.documents.CaseDossier.Cover;
import cn.eco.enforcement.documents.CaseDossier.IssuedDocument;
import cn.eco.enforcement.documents.CaseDossier.Part;
import cn.eco.enforcement.documents.DocumentKind;
import cn.eco.enforcement.documents.DossierBinder;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Assembles a case's dossier (案卷) from its records: the cover, every document issued, the evidence
 * list, the decision and payment record, the timeline with its hash chain and the alarm loop's history
 * from the engine; bound as one PDF ({@link DossierBinder}) or packed as a ZIP with a manifest.
 */
@Component
public class CaseDossiers {

	private static final Map<String, String> VIOLATION_TYPES = Map.of("EXCEEDANCE", "超标排放", "MONITORING_EQUIPMENT",
			"自动监测设备未安装、未联网或不正常运行", "DATA_FALSIFICATION", "篡改、伪造监测数据", "EVASION", "暗管等逃避监管方式排污",
			"HAZARDOUS_WASTE", "危险废物违法", "NO_PERMIT", "无证排污", "OTHER", "其他环境违法行为");

	private final CaseRecords records;

	private final CaseIntegrity integrity;

	private final HistoryService history;

	private final DossierBinder binder;

	private final CaseProcedureSettings settings;

	private final RetentionSettings retention;

	private final ObjectProvider<CaseEvidence> evidence;

	CaseDossiers(CaseRecords records, CaseIntegrity integrity, HistoryService history, DossierBinder binder,
			CaseProcedureSettings settings, RetentionSettings retention, ObjectProvider<CaseEvidence> evidence) {
		this.records = records;
		this.integrity = integrity;
		this.history = history;
		this.binder = binder;
		this.settings = settings;
		this.retention = retention;
		this.evidence = evidence;
	}

	/** The dossier as one PDF; a case not closed yet gets a provisional one marked 未结案. */
	public byte[] pdf(CaseRow row) {
		return binder.bind(dossier(row, documents(row)));
	}

	/**
	 * The dossier PDF, each issued document as its own file and {@code manifest.json} with the SHA-256
	 * of every other file in the ZIP, the case number, when and by whom it was generated.
	 */
	public byte[] zip(CaseRow row, String generatedBy, OffsetDateTime generatedAt) {
		List<StoredPart> documents = documents(row);
		return zip(row, binder.bind(dossier(row, documents)), documents, generatedBy, generatedAt);
	}

	/** The PDF and the ZIP in one go, the ZIP holding exactly this PDF: what is filed when the case closes. */
	public Bundle bundle(CaseRow row, String generatedBy, OffsetDateTime generatedAt) {
		List<StoredPart> documents = documents(row);
		byte[] pdf = binder.bind(dossier(row, documents));
		return new Bundle(pdf, zip(row, pdf, documents, generatedBy, generatedAt));
	}

	private byte[] zip(CaseRow row, byte[] pdf, List<StoredPart> documents, String generatedBy,
			OffsetDateTime generatedAt) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(fileName(row, "案卷.pdf"), pdf);
		for (int i = 0; i < documents.size(); i++) {
			files.put("文书/%02d-%s".formatted(i + 1, documents.get(i).info().fileName()), documents.get(i).document().pdf());
		}
		return DossierArchive.zip(files, row, generatedBy, generatedAt, evidence(row));
	}

	/** A download's file name: the case number and what it is, e.g. 襄环罚〔2026〕12号-案卷.pdf. */
	public static String fileName(CaseRow row, String what) {
		String number = row.caseNumber() == null ? "" : row.caseNumber().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
		return number.isEmpty() ? what : number + "-" + what;
	}

	private CaseDossier dossier(CaseRow row, List<StoredPart> documents) {
		List<Part> parts = new ArrayList<>(documents.stream().map(StoredPart::document).toList());
		String decisionNumber = documents.stream()
			.filter(d -> d.info().kind().equals(DocumentKind.PENALTY_DECISION.name()))
			.map(d -> d.document().number())
			.reduce((first, last) -> last)
			.orElse(null);
		parts.add(DossierListings.evidence(evidence(row)));
		parts.add(DossierListings.decisionAndPayment(row, decisionNumber));
		parts.add(DossierListings.auditTrail(records.chain(row.id()), integrity.check(row.id())));
		parts.add(DossierListings.loopHistory(loopActivities(row)));
		return new CaseDossier(cover(row), parts);
	}

	private Cover cover(CaseRow row) {
		List<String> officers = new ArrayList<>();
		for (String officer : new String[] { row.investigator1(), row.investigator2() }) {
			if (officer != null) {
				officers.add(officer);
			}
		}
		if (officers.isEmpty() && row.leadInspector() != null) {
			officers.add(row.leadInspector());
		}
		return new Cover(row.caseNumber(), row.enterpriseName(), cause(row), day(row.decidedAt()), day(row.closedAt()),
				settings.authorityName(), officers, retentionText());
	}

	/** 案由: the kind of violation and the provision violated, as found in the investigation. */
	private String cause(CaseRow row) {
		if (row.violationType() == null) {
			return "待调查认定";
		}
		String type = VIOLATION_TYPES.getOrDefault(row.violationType(), row.violationType());
		Object provision = caseVariable(row, "violatedProvision");
		return provision == null ? type : type + "（违反" + provision + "）";
	}

	private String retentionText() {
		int days = retention.caseFiles().getDays() + retention.caseFiles().getMonths() * 30
				+ retention.caseFiles().getYears() * 365;
		return days % 365 == 0 ? days / 365 + " 年" : days + " 日";
	}

	private List<StoredPart> documents(CaseRow row) {
		List<StoredPart> parts = new ArrayList<>();
		for (DocumentInfo info : records.documents(row.id())) {
			byte[] pdf = records.document(row.id(), info.id()).orElseThrow().content();
			String title = DocumentKind.valueOf(info.kind()).title();
			String suffix = "-" + title + ".pdf";
			String number = info.fileName().endsWith(suffix)
					? info.fileName().substring(0, info.fileName().length() - suffix.length()) : null;
			parts.add(new StoredPart(info, new IssuedDocument(title, number, day(info.createdAt()), pdf)));
		}
		return parts;
	}

	private List<EvidenceFile> evidence(CaseRow row) {
		return evidence.getIfAvailable(() -> CaseEvidence.NONE).of(row.id());
	}

	/** The steps of the alarm loop that led to the case: the loop has the case's business key. */
	private List<HistoricActivityInstance> loopActivities(CaseRow row) {
		HistoricProcessInstance caseProcess = row.processInstanceId() == null ? null
				: history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId()).singleResult();
		if (caseProcess == null || caseProcess.getBusinessKey() == null) {
			return List.of();
		}
		List<HistoricActivityInstance> activities = new ArrayList<>();
		history.createHistoricProcessInstanceQuery()
			.processDefinitionKey("enforcement-loop")
			.processInstanceBusinessKey(caseProcess.getBusinessKey())
			.list()
			.forEach(loop -> activities.addAll(history.createHistoricActivityInstanceQuery()
				.processInstanceId(loop.getId())
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.orderPartiallyByOccurrence()
				.asc()
				.list()));
		return activities;
	}

	private Object caseVariable(CaseRow row, String name) {
		if (row.processInstanceId() == null) {
			return null;
		}
		List<HistoricVariableInstance> values = history.createHistoricVariableInstanceQuery()
			.processInstanceId(row.processInstanceId())
			.variableName(name)
			.list();
		return values.isEmpty() ? null : values.get(0).getValue();
	}

	private static LocalDate day(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(DossierListings.ZONE).toLocalDate();
	}

	private record StoredPart(DocumentInfo info, IssuedDocument document) {
	}

	/** A dossier as PDF and as ZIP (which holds the same PDF). */
	public record Bundle(byte[] pdf, byte[] zip) {
	}

}

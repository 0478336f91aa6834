package cn.eco.enforcement.casework.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.casework.internal.CaseIntegrity;
import cn.eco.enforcement.casework.internal.CaseIntegrityCheck.BrokenEntry;
import cn.eco.enforcement.casework.internal.CaseIntegrityCheck.Finding;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.TaskNames;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseEvent;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case registry (案件台账): cases with their stage, party, officers and deadlines, one case with
 * its timeline and documents, and the deadlines approaching or overdue. Supervisors, auditors and
 * admins see every case; inspectors and squadron leaders the cases they work on.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private static final Set<String> STATUSES = Set.of("FILING_APPROVAL", "FILED", "NOT_FILED", "UNDER_REVIEW", "NOTICED",
			"HEARING", "DECIDED", "SERVED", "EXECUTED", "CLOSED");

	private final CaseRecords records;

	private final TaskService tasks;

	private final CaseReaders readers;

	private final CaseIntegrity integrity;

	CaseController(CaseRecords records, TaskService tasks, CaseReaders readers, CaseIntegrity integrity) {
		this.records = records;
		this.tasks = tasks;
		this.readers = readers;
		this.integrity = integrity;
	}

	@GetMapping
	List<CaseItem> list(@RequestParam(required = false) String status, @RequestParam(required = false) String enterprise,
			@RequestParam(defaultValue = "100") int limit, Authentication user) {
		List<FieldProblem> problems = new ArrayList<>();
		if (status != null && !STATUSES.contains(status)) {
			problems.add(new FieldProblem("status", "未知的案件状态，可选：" + String.join("、", new java.util.TreeSet<>(STATUSES))));
		}
		if (limit < 1 || limit > 1000) {
			problems.add(new FieldProblem("limit", "应在 1–1000 之间"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return records.list(status, enterprise, overseer(user) ? null : user.getName(), limit).stream().map(CaseItem::of).toList();
	}

	@GetMapping("/{id}")
	CaseDetails get(@PathVariable long id, Authentication user) {
		CaseRow row = visible(id, user);
		List<DocumentLink> documents = records.documents(id)
			.stream()
			.map(d -> new DocumentLink(d.id(), d.kind(), d.fileName(), d.createdAt(), "/api/cases/" + id + "/documents/" + d.id()))
			.toList();
		List<Deadline> deadlines = new ArrayList<>(openTaskDeadlines(row));
		if (row.decisionDueAt() != null && List.of("FILED", "UNDER_REVIEW", "NOTICED", "HEARING").contains(row.status())) {
			deadlines.add(Deadline.of(row, "作出处罚决定（办案期限）", null, row.decisionDueAt()));
		}
		return new CaseDetails(CaseItem.of(row), row.summary(), records.timeline(id), documents, deadlines);
	}

	/** Recomputes the case's hash chain: intact with the number of entries, or the first broken entry and why. */
	@GetMapping("/{id}/integrity")
	IntegrityReport integrity(@PathVariable long id, Authentication user) {
		visible(id, user);
		return IntegrityReport.of(integrity.check(id));
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, Authentication user) {
		visible(id, user);
		var document = records.document(id, documentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份文书"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(document.content());
	}

	/** Open deadlines of every case due within the window or already passed, the most urgent first. */
	@GetMapping("/deadlines")
	List<Deadline> deadlines(@RequestParam(defaultValue = "P7D") String within, Authentication user) {
		if (!overseer(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅执法监督、审计和管理员可查看全部办案期限");
		}
		Duration window;
		try {
			window = Duration.parse(within);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException(List.of(new FieldProblem("within", "应为 ISO 8601 时长，例如 P7D")));
		}
		OffsetDateTime limit = now().plus(window);
		List<Deadline> result = new ArrayList<>();
		List<Task> due = tasks.createTaskQuery()
			.processDefinitionKey("case-filing")
			.dueBefore(java.util.Date.from(limit.toInstant()))
			.list();
		if (!due.isEmpty()) {
			Map<String, CaseRow> cases = records.byProcessInstances(due.stream().map(Task::getProcessInstanceId).toList());
			due.stream()
				.filter(task -> cases.containsKey(task.getProcessInstanceId()))
				.forEach(task -> result.add(Deadline.of(cases.get(task.getProcessInstanceId()), TaskNames.activity(task.getName()),
						task.getAssignee(), due(task))));
		}
		records.withRunningDecisionClock()
			.stream()
			.filter(row -> row.decisionDueAt().isBefore(limit))
			.forEach(row -> result.add(Deadline.of(row, "作出处罚决定（办案期限）", null, row.decisionDueAt())));
		result.sort(Comparator.comparing(Deadline::dueAt));
		return result;
	}

	private List<Deadline> openTaskDeadlines(CaseRow row) {
		if (row.processInstanceId() == null) {
			return List.of();
		}
		return tasks.createTaskQuery()
			.processInstanceId(row.processInstanceId())
			.list()
			.stream()
			.filter(task -> task.getDueDate() != null)
			.map(task -> Deadline.of(row, TaskNames.activity(task.getName()), task.getAssignee(), due(task)))
			.toList();
	}

	private CaseRow visible(long id, Authentication user) {
		return readers.visible(id, user);
	}

	private static boolean overseer(Authentication user) {
		return CaseReaders.overseer(user);
	}

	private static OffsetDateTime due(Task task) {
		return task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
	}

	private static OffsetDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
	}

	/** One case in the registry. */
	record CaseItem(long id, String caseNumber, String status, String statusLabel, String enterpriseCode, String party,
			String procedure, String outcome, BigDecimal fineAmount, BigDecimal dailyPenalty, List<String> officers,
			String leadInspector, OffsetDateTime openedAt, OffsetDateTime filedAt, OffsetDateTime decisionDueAt,
			OffsetDateTime decidedAt, OffsetDateTime servedAt, OffsetDateTime paymentDueAt, OffsetDateTime closedAt,
			int extensionDays, int pausedDays) {

		static CaseItem of(CaseRow row) {
			List<String> officers = new ArrayList<>();
			if (row.investigator1() != null) {
				officers.add(row.investigator1());
			}
			if (row.investigator2() != null) {
				officers.add(row.investigator2());
			}
			return new CaseItem(row.id(), row.caseNumber(), row.status(), CaseworkApi.statusLabel(row.status()), row.enterpriseCode(),
					row.enterpriseName(), row.procedureKind(), row.outcome(), row.fineAmount(), row.dailyPenalty(), officers,
					row.leadInspector(), row.openedAt(), row.decidedAt(), row.decisionDueAt(), row.penaltyDecidedAt(),
					row.servedAt(), row.paymentDueAt(), row.closedAt(), row.extensionDays(), row.pausedDays());
		}

	}

	/** A case with its timeline, documents and open deadlines. */
	record CaseDetails(CaseItem caseInfo, String summary, List<CaseEvent> timeline, List<DocumentLink> documents,
			List<Deadline> deadlines) {
	}

	/** {@code intact} with the entries checked, or {@code broken} naming the first broken entry and why. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record IntegrityReport(String status, int entries, BrokenEntry firstBrokenEntry, String reason) {

		static IntegrityReport of(Finding finding) {
			return new IntegrityReport(finding.firstBroken() == null ? "intact" : "broken", finding.entries(),
					finding.firstBroken(), finding.reason());
		}

	}

	record DocumentLink(long id, String kind, String fileName, OffsetDateTime createdAt, String href) {
	}

	/** A deadline of a case: what is due, who holds it, when, and whether it has passed. */
	record Deadline(long caseId, String caseNumber, String party, String stage, String assignee, OffsetDateTime dueAt,
			boolean overdue) {

		static Deadline of(CaseRow row, String stage, String assignee, OffsetDateTime dueAt) {
			return new Deadline(row.id(), row.caseNumber(), row.enterpriseName(), stage, assignee, dueAt, dueAt.isBefore(now()));
		}

	}

}

package cn.eco.enforcement.casework.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.internal.CaseEvidenceIntake;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.casework.internal.EvidenceAccess;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.evidence.EvidenceDownloads;
import cn.eco.enforcement.evidence.EvidenceItem;
import cn.eco.enforcement.identity.Roles;
import cn.eco.enforcement.shared.InvalidInputException;

/**
 * An alarm's evidence (证据): photos, videos and documents of its loop, its case and the
 * rectification its loop ordered. Whoever works the alarm's current task adds to it; everyone who
 * works or reviews the loop or the case, the supervisors, auditors and administrators read it, also
 * after the loop has ended. A firm's account that rectifies reads only its own firm's uploads.
 */
@RestController
class EvidenceController {

	private static final Set<String> OVERSEERS = Set.of(Roles.authority(Roles.ADMIN), Roles.authority(Roles.SUPERVISORS),
			Roles.authority(Roles.AUDITORS));

	private final EvidenceApi evidence;

	private final CaseEvidenceIntake intake;

	private final EvidenceAccess access;

	private final AlarmApi alarms;

	private final CaseRecords cases;

	EvidenceController(EvidenceApi evidence, CaseEvidenceIntake intake, EvidenceAccess access, AlarmApi alarms,
			CaseRecords cases) {
		this.evidence = evidence;
		this.intake = intake;
		this.access = access;
		this.alarms = alarms;
		this.cases = cases;
	}

	@GetMapping("/api/alarms/{id}/evidence")
	List<EvidenceItem> ofAlarm(@PathVariable long id, Authentication user) {
		Predicate<EvidenceItem> readable = readableOfAlarm(id, user);
		return evidence.of(id).stream().filter(readable).toList();
	}

	@GetMapping("/api/alarms/{id}/evidence/{itemId}")
	ResponseEntity<?> fileOfAlarm(@PathVariable long id, @PathVariable long itemId,
			@RequestParam(defaultValue = "false") boolean thumbnail, Authentication user) {
		Predicate<EvidenceItem> readable = readableOfAlarm(id, user);
		EvidenceItem item = item(id, itemId);
		if (!readable.test(item)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这项证据");
		}
		return thumbnail ? thumbnail(item) : file(item);
	}

	@GetMapping("/api/cases/{id}/evidence")
	List<EvidenceItem> ofCase(@PathVariable long id, Authentication user) {
		return evidence.of(readableCase(id, user));
	}

	@GetMapping("/api/cases/{id}/evidence/{itemId}")
	ResponseEntity<?> fileOfCase(@PathVariable long id, @PathVariable long itemId,
			@RequestParam(defaultValue = "false") boolean thumbnail, Authentication user) {
		EvidenceItem item = item(readableCase(id, user), itemId);
		return thumbnail ? thumbnail(item) : file(item);
	}

	@PostMapping("/api/alarms/{id}/evidence")
	ResponseEntity<List<EvidenceItem>> upload(@PathVariable long id, HttpServletRequest request, Authentication user) {
		existingAlarm(id);
		if (!hasRole(user, Roles.ADMIN) && !access.worksCurrentTask(id, user.getName())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有正在办理此告警当前任务的人员才能上传证据");
		}
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			throw new InvalidInputException("file", "请以 multipart/form-data 上传，文件字段名为 file");
		}
		List<Upload> uploads = multipart.getFiles("file").stream()
			.map(part -> new Upload(part.getOriginalFilename(), part::getInputStream))
			.toList();
		return ResponseEntity.status(HttpStatus.CREATED).body(intake.store(id, user.getName(), uploads));
	}

	/** A photo's small preview for the forms ({@code ?thumbnail=true}); 404 for what has none (videos, PDFs). */
	private ResponseEntity<byte[]> thumbnail(EvidenceItem item) {
		return EvidenceDownloads.thumbnail(evidence, item, "这项证据没有缩略图");
	}

	private EvidenceItem item(long alarmId, long itemId) {
		return evidence.find(alarmId, itemId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这项证据"));
	}

	private ResponseEntity<InputStreamResource> file(EvidenceItem item) {
		return EvidenceDownloads.file(evidence, item);
	}

	/** Which of the alarm's evidence the user reads: all of it, or a rectifying firm its own uploads. */
	private Predicate<EvidenceItem> readableOfAlarm(long id, Authentication user) {
		existingAlarm(id);
		if (overseer(user) || access.takesPart(id, user.getName())) {
			return item -> true;
		}
		Set<String> firm = access.firmUploaders(id, user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "只有办理、审核此告警或其案件的人员才能查看其证据"));
		return item -> firm.contains(item.uploadedBy());
	}

	private long readableCase(long id, Authentication user) {
		// A case awaiting filing approval has only its case-lead number yet; its evidence is read all the same.
		CaseRow row = cases.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个案件"));
		boolean officer = Stream.of(row.leadInspector(), row.investigator1(), row.investigator2())
			.anyMatch(user.getName()::equals);
		if (!overseer(user) && !officer && !access.takesPart(row.alarmId(), user.getName())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有办理、审核此案件的人员才能查看其证据");
		}
		return row.alarmId();
	}

	private void existingAlarm(long id) {
		if (alarms.find(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个告警");
		}
	}

	private static boolean overseer(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(OVERSEERS::contains);
	}

	private static boolean hasRole(Authentication user, String group) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Roles.authority(group)::equals);
	}

}

package cn.eco.enforcement.alarm.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.alarm.IntakeResult;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.grid.Jurisdiction;
import cn.eco.enforcement.grid.Jurisdictions;
import cn.eco.enforcement.shared.ForbiddenCharacters;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.StrictJson;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.security.core.Authentication;

@RestController
@RequestMapping("/api/alarms")
class AlarmController {

	private final AlarmApi alarms;

	private final Validator validator;

	private final Jurisdictions jurisdictions;

	private final ObjectMapper json;

	AlarmController(AlarmApi alarms, Validator validator, Jurisdictions jurisdictions, ObjectMapper json) {
		this.alarms = alarms;
		this.validator = validator;
		this.jurisdictions = jurisdictions;
		this.json = StrictJson.of(json);
	}

	/** 201 for a new alarm; 200 with the stored alarm when the external id was seen before. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AlarmView> raise(@RequestBody AlarmRequest request, Authentication user) {
		return raise(request, List.of(), user);
	}

	/**
	 * The same with photos and a video: part {@code alarm} holds the JSON, parts {@code attachments}
	 * the files, stored as the alarm's evidence (all or none, with the alarm).
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AlarmView> raiseWithAttachments(HttpServletRequest request, Authentication user) {
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			throw new InvalidInputException("alarm", "请以 multipart/form-data 上传：alarm 为告警 JSON，attachments 为照片或视频");
		}
		String body = multipart.getParameter("alarm");
		if (body == null) {
			MultipartFile part = multipart.getFile("alarm");
			body = part == null ? null : readText(part);
		}
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("alarm", "缺少告警 JSON（表单字段 alarm）");
		}
		AlarmRequest alarm;
		try {
			alarm = json.readValue(body, AlarmRequest.class);
		}
		catch (JsonMappingException bad) {
			String path = bad.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
				.reduce((a, b) -> a + "." + b).orElse("alarm");
			throw new InvalidInputException(path, ForbiddenCharacters.in(body, true) ? ForbiddenCharacters.MESSAGE
					: "值无法解析：" + bad.getOriginalMessage());
		}
		catch (JsonProcessingException bad) {
			throw new InvalidInputException("alarm", "告警 JSON 无法解析：" + bad.getOriginalMessage());
		}
		List<Upload> attachments = multipart.getFiles("attachments")
			.stream()
			.map(part -> new Upload(part.getOriginalFilename(), part::getInputStream))
			.toList();
		return raise(alarm, attachments, user);
	}

	private ResponseEntity<AlarmView> raise(AlarmRequest request, List<Upload> attachments, Authentication user) {
		List<FieldProblem> problems = new ArrayList<>(validator.validate(request)
			.stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
			.toList());
		problems.addAll(request.crossFieldProblems());
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(FieldProblem::field));
			throw new InvalidInputException(problems);
		}
		IntakeResult result = alarms.raise(request.toCommand(), attachments, user == null ? null : user.getName());
		AlarmView alarm = result.alarm();
		if (!result.created()) {
			return ResponseEntity.ok(alarm);
		}
		return ResponseEntity.created(URI.create("/api/alarms/" + alarm.id())).body(alarm);
	}

	@GetMapping
	List<AlarmView> search(@RequestParam(required = false) String enterpriseCode,
			@RequestParam(required = false) AlarmStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "100") int limit) {
		return alarms.search(new AlarmQuery(enterpriseCode, status, from, to, Math.max(1, Math.min(limit, 1000)),
				jurisdictions.ofCaller()));
	}

	/**
	 * Whether the caller works in the squadron the alarm went to: only they read a complainant's
	 * contact (not other squadrons, not city-wide readers; the public page never).
	 */
	private static boolean handles(Jurisdiction scope, AlarmView alarm) {
		return !scope.cityWide() && alarm.squadronCode() != null && scope.squadronCodes().contains(alarm.squadronCode());
	}

	private static String readText(MultipartFile part) {
		try {
			return new String(part.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException unreadable) {
			throw new InvalidInputException("alarm", "告警 JSON 读取失败");
		}
	}

	/**
	 * 404 also for an alarm outside the caller's grid: the list does not show it either. A
	 * complainant's contact is shown only to the squadron that handles the alarm.
	 */
	@GetMapping("/{id}")
	ResponseEntity<?> find(@PathVariable long id) {
		Jurisdiction scope = jurisdictions.ofCaller();
		return alarms.find(id, scope)
			.map(alarm -> handles(scope, alarm) ? alarm.withComplainant(alarms.complainantOf(id).orElse(null)) : alarm)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "告警不存在或不在本人辖区：" + id)));
	}

}

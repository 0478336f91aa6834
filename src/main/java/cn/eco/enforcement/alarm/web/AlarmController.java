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
import cn.eco.enforcement.grid.Jurisdictions;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/alarms")
class AlarmController {

	private final AlarmApi alarms;

	private final Validator validator;

	private final Jurisdictions jurisdictions;

	AlarmController(AlarmApi alarms, Validator validator, Jurisdictions jurisdictions) {
		this.alarms = alarms;
		this.validator = validator;
		this.jurisdictions = jurisdictions;
	}

	/** 201 for a new alarm; 200 with the stored alarm when the external id was seen before. */
	@PostMapping
	ResponseEntity<AlarmView> raise(@RequestBody AlarmRequest request) {
		List<FieldProblem> problems = new ArrayList<>(validator.validate(request)
			.stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
			.toList());
		problems.addAll(request.crossFieldProblems());
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(FieldProblem::field));
			throw new InvalidInputException(problems);
		}
		IntakeResult result = alarms.raise(request.toCommand());
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

	/** 404 also for an alarm outside the caller's grid: the list does not show it either. */
	@GetMapping("/{id}")
	ResponseEntity<?> find(@PathVariable long id) {
		return alarms.find(id, jurisdictions.ofCaller()).<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "告警不存在或不在本人辖区：" + id)));
	}

}

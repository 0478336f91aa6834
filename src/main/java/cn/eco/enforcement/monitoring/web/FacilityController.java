package cn.eco.enforcement.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.PermitLimit;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An enterprise's production and treatment facilities under electricity monitoring (HJ 212-2025
 * ST=44). Registered, like the loggers that meter them, by administrators and supervisors; read by
 * the staff who read monitoring data.
 */
@RestController
@RequestMapping("/api/enterprises/{code}/facilities")
class FacilityController {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

	private final MonitoringApi monitoring;

	private final EnterpriseApi enterprises;

	FacilityController(MonitoringApi monitoring, EnterpriseApi enterprises) {
		this.monitoring = monitoring;
		this.enterprises = enterprises;
	}

	@PostMapping
	ResponseEntity<Facility> register(@PathVariable String code, @RequestBody FacilityRequest request) {
		existing(code);
		List<FieldProblem> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Facility registered = monitoring.registerFacility(code, request.toFacility());
		return ResponseEntity.created(URI.create("/api/enterprises/" + code + "/facilities")).body(registered);
	}

	@GetMapping
	List<Facility> facilities(@PathVariable String code) {
		existing(code);
		return monitoring.facilities(code);
	}

	private void existing(String code) {
		if (enterprises.find(code).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "企业不存在：" + code);
		}
	}

	/** The body of {@code POST /api/enterprises/{code}/facilities}. */
	record FacilityRequest(String code, String name, String kind, String mn, String factorCode,
			BigDecimal runningAbove, String unit, List<String> treats) {

		Facility toFacility() {
			return new Facility(code.strip(), name.strip(), parsedKind(), mn.strip(), factorCode.strip(),
					runningAbove, unit.strip(), treats == null ? List.of() : treats.stream().map(String::strip).toList());
		}

		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			if (code == null || !CODE.matcher(code.strip()).matches()) {
				problems.add(new FieldProblem("code", "必须填写，最长 20 个字符，仅字母、数字、- 和 _"));
			}
			if (name == null || name.isBlank() || name.strip().length() > 100) {
				problems.add(new FieldProblem("name", "必须填写，最长 100 个字符"));
			}
			FacilityKind facilityKind = parsedKind();
			if (facilityKind == null) {
				problems.add(new FieldProblem("kind", "必须填写，取值：PRODUCTION（生产设施）、TREATMENT（治污设施）"));
			}
			if (mn == null || mn.isBlank()) {
				problems.add(new FieldProblem("mn", "必须填写：计量该设施的用电监控设备编号"));
			}
			if (facilityKind != null && !facilityKind.accepts(factorCode == null ? null : factorCode.strip())) {
				problems.add(new FieldProblem("factorCode", facilityKind == FacilityKind.PRODUCTION
						? "生产设施的用电因子编码为 d2xxxx（HJ 212—2025，如 d20405 电流）"
						: "治污设施的用电因子编码为 d3xxxx（HJ 212—2025，如 d30406）"));
			}
			if (runningAbove == null || (runningAbove.signum() != 0 && !PermitLimit.storable(runningAbove))) {
				problems.add(new FieldProblem("runningAbove", "必须填写不小于 0 的数值（高于此值视为运行），最多 12 位整数、4 位小数"));
			}
			if (unit == null || unit.isBlank() || unit.strip().length() > 20) {
				problems.add(new FieldProblem("unit", "必须填写，最长 20 个字符，如 A、kW"));
			}
			problems.addAll(treatsProblems(facilityKind));
			return problems;
		}

		private List<FieldProblem> treatsProblems(FacilityKind facilityKind) {
			List<String> served = treats == null ? List.of() : treats;
			if (facilityKind == FacilityKind.PRODUCTION && !served.isEmpty()) {
				return List.of(new FieldProblem("treats", "只有治污设施填写其服务的生产设施"));
			}
			if (facilityKind == FacilityKind.TREATMENT && served.isEmpty()) {
				return List.of(new FieldProblem("treats", "治污设施必须填写其服务的生产设施编号"));
			}
			if (served.stream().anyMatch(s -> s == null || !CODE.matcher(s.strip()).matches())) {
				return List.of(new FieldProblem("treats", "生产设施编号最长 20 个字符，仅字母、数字、- 和 _"));
			}
			return List.of();
		}

		private FacilityKind parsedKind() {
			try {
				return kind == null ? null : FacilityKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException unknown) {
				return null;
			}
		}

	}

}

package cn.eco.enforcement.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmQuery;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.casework.CaseworkApi.CaseSummary;
import cn.eco.enforcement.casework.CaseworkApi.InspectionRecord;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.Jurisdictions;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.LatestValue;
import cn.eco.enforcement.maintenance.MaintenanceApi;
import cn.eco.enforcement.maintenance.OmStanding;
import cn.eco.enforcement.monitoring.MonitoringApi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/enterprises/{code}/file}: the enterprise file for staff. */
@RestController
class EnterpriseFileController {

	private static final int RECENT_ALARMS = 100;

	private final EnterpriseApi enterprises;

	private final AlarmApi alarms;

	private final CaseworkApi casework;

	private final MonitoringApi monitoring;

	private final Clock clock;

	private final Jurisdictions jurisdictions;

	private final int maxFindings;

	private final MaintenanceApi maintenance;

	EnterpriseFileController(EnterpriseApi enterprises, AlarmApi alarms, CaseworkApi casework, MonitoringApi monitoring,
			Clock clock, Jurisdictions jurisdictions, @Value("${app.bulk.max-steward-findings:100}") int maxFindings,
			MaintenanceApi maintenance) {
		this.maintenance = maintenance;
		this.enterprises = enterprises;
		this.alarms = alarms;
		this.casework = casework;
		this.monitoring = monitoring;
		this.clock = clock;
		this.jurisdictions = jurisdictions;
		this.maxFindings = maxFindings;
	}

	/** The same file as a page, for a browser. */
	@GetMapping(value = "/api/enterprises/{code}/file", produces = "text/html;charset=UTF-8")
	String page(@PathVariable String code) {
		return EnterpriseFilePage.render(file(code));
	}

	@GetMapping(value = "/api/enterprises/{code}/file", produces = "application/json")
	EnterpriseFile file(@PathVariable String code) {
		EnterpriseProfile profile = inCallersGrid(code);
		LocalDate today = LocalDate.now(clock);
		return new EnterpriseFile(profile,
				monitoring.devices().stream().filter(d -> code.equals(d.enterpriseCode())).toList(),
				monitoring.latestValues(code), alarms.search(new AlarmQuery(code, null, null, null, RECENT_ALARMS)),
				casework.inspectionsOf(code, today.minusYears(3)), casework.casesOf(code),
				casework.openRectificationsOf(code),
				enterprises.violationDates(code, today.minusYears(3)), maintenance.standingOf(code));
	}

	/** Starts a self-inspection of the firm now, besides the monthly one. */
	@org.springframework.web.bind.annotation.PostMapping("/api/enterprises/{code}/self-inspections")
	org.springframework.http.ResponseEntity<java.util.Map<String, String>> startSelfInspection(@PathVariable String code) {
		inCallersGrid(code);
		return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED)
			.body(java.util.Map.of("processInstanceId", casework.startSelfInspection(code)));
	}

	/** Records an environmental steward's health check; each finding becomes a tracked rectification. */
	@org.springframework.web.bind.annotation.PostMapping("/api/enterprises/{code}/steward-reports")
	org.springframework.http.ResponseEntity<CaseworkApi.StewardReportRecorded> stewardReport(@PathVariable String code,
			@org.springframework.web.bind.annotation.RequestBody CaseworkApi.StewardReport report,
			java.security.Principal user) {
		inCallersGrid(code);
		List<cn.eco.enforcement.shared.InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
		if (report.provider() == null || report.provider().isBlank()) {
			problems.add(new cn.eco.enforcement.shared.InvalidInputException.FieldProblem("provider", "必须填写第三方机构名称"));
		}
		if (report.reportDate() == null || report.reportDate().isAfter(LocalDate.now(clock))) {
			problems.add(new cn.eco.enforcement.shared.InvalidInputException.FieldProblem("reportDate", "必须填写且不能晚于今天"));
		}
		if (report.findings() == null || report.findings().isEmpty() || report.findings().stream().anyMatch(f -> f == null || f.isBlank())) {
			problems.add(new cn.eco.enforcement.shared.InvalidInputException.FieldProblem("findings", "至少一条且每条都须填写"));
		}
		else if (report.findings().size() > maxFindings) {
			// Each finding starts a rectification process: ten thousand in one request started ten thousand.
			problems.add(new cn.eco.enforcement.shared.InvalidInputException.FieldProblem("findings",
					"每份报告最多 " + maxFindings + " 条问题，本报告有 " + report.findings().size() + " 条，请分批提交"));
		}
		if (!problems.isEmpty()) {
			throw new cn.eco.enforcement.shared.InvalidInputException(problems);
		}
		return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED)
			.body(casework.recordStewardReport(code, report, user.getName()));
	}

	/**
	 * The firm, when it lies in the caller's grid; 404 otherwise, as for a firm that does not exist
	 * (the firm list does not show it either).
	 */
	private EnterpriseProfile inCallersGrid(String code) {
		return enterprises.find(code, jurisdictions.ofCaller())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "企业不存在或不在本人辖区：" + code));
	}

	/** The enterprise file: registry facts, monitoring, alarms with their loop progress, inspections and cases. */
	record EnterpriseFile(EnterpriseProfile enterprise, List<DeviceView> devices, List<LatestValue> latestValues,
			List<AlarmView> alarms, List<InspectionRecord> inspections, List<CaseSummary> cases,
			List<CaseworkApi.RectificationSummary> openRectifications, List<LocalDate> confirmedViolations,
			OmStanding omInspection) {
	}

}

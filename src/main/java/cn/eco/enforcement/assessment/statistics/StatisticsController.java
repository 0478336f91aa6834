package cn.eco.enforcement.assessment.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/statistics/…}: the monthly inspector table as JSON, as a page, as CSV and XLSX,
 * and its sums per squadron and branch bureau; the monthly data-transmission report of the monitoring
 * devices ({@code /api/statistics/monitoring}, {@code format=json|csv|xlsx}). {@code month} is
 * {@code YYYY-MM} (default: this month); {@code squadron} or {@code branch} narrow it to one unit.
 */
@RestController
class StatisticsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final InspectorStatistics statistics;

	private final MonitoringStatistics monitoring;

	private final Clock clock;

	StatisticsController(InspectorStatistics statistics, MonitoringStatistics monitoring, Clock clock) {
		this.statistics = statistics;
		this.monitoring = monitoring;
		this.clock = clock;
	}

	@GetMapping(value = "/api/statistics/inspectors", produces = MediaType.APPLICATION_JSON_VALUE)
	List<InspectorMonth> inspectors(@RequestParam(required = false) String month,
			@RequestParam(required = false) String squadron, @RequestParam(required = false) String branch) {
		return table(month, squadron, branch).inspectors();
	}

	@GetMapping(value = "/api/statistics/inspectors", produces = "text/html;charset=UTF-8")
	String page(@RequestParam(required = false) String month, @RequestParam(required = false) String squadron,
			@RequestParam(required = false) String branch) {
		return StatisticsPage.render(table(month, squadron, branch), blankToNull(squadron), blankToNull(branch));
	}

	@GetMapping("/api/statistics/inspectors.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String month,
			@RequestParam(required = false) String squadron, @RequestParam(required = false) String branch) {
		MonthlyTable table = table(month, squadron, branch);
		return file(TableExport.csv(table), "text/csv;charset=UTF-8", TableExport.TITLE, table.month().toString(), "csv");
	}

	@GetMapping("/api/statistics/inspectors.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month,
			@RequestParam(required = false) String squadron, @RequestParam(required = false) String branch) {
		MonthlyTable table = table(month, squadron, branch);
		return file(TableExport.xlsx(table), XLSX, TableExport.TITLE, table.month().toString(), "xlsx");
	}

	@GetMapping("/api/statistics/squadrons")
	List<UnitMonth> squadrons(@RequestParam(required = false) String month,
			@RequestParam(required = false) String branch) {
		return table(month, null, branch).squadrons();
	}

	@GetMapping("/api/statistics/branches")
	List<UnitMonth> branches(@RequestParam(required = false) String month) {
		return table(month, null, null).branches();
	}

	/** The data-transmission report per branch bureau and for the city, as JSON, CSV or XLSX. */
	@GetMapping("/api/statistics/monitoring")
	ResponseEntity<?> monitoring(@RequestParam(required = false) String month,
			@RequestParam(required = false) String format) {
		String kind = format == null || format.isBlank() ? "json" : format.trim().toLowerCase();
		if (!List.of("json", "csv", "xlsx").contains(kind)) {
			throw new InvalidInputException("format", "取值：json、csv、xlsx");
		}
		TransmissionReport report = monitoring.report(month(month, clock));
		return switch (kind) {
			case "csv" -> file(TableExport.csv(TransmissionReport.HEADERS, report.rows()), "text/csv;charset=UTF-8",
					TransmissionReport.TITLE, report.month(), "csv");
			case "xlsx" -> file(TableExport.xlsx(TransmissionReport.TITLE, report.month(), TransmissionReport.HEADERS,
					report.rows(), 2), XLSX, TransmissionReport.TITLE, report.month(), "xlsx");
			default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		};
	}

	private MonthlyTable table(String month, String squadron, String branch) {
		return statistics.table(month(month, clock), blankToNull(squadron), blankToNull(branch));
	}

	/** {@code YYYY-MM}, this month when blank; 400 naming {@code month} otherwise. */
	static YearMonth month(String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(clock);
		}
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "月份格式应为 YYYY-MM：" + text);
		}
	}

	private static ResponseEntity<byte[]> file(byte[] content, String type, String title, String month,
			String suffix) {
		String name = title + "-" + month + "." + suffix;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}

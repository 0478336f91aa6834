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
 * and its sums per squadron and branch bureau. {@code month} is {@code YYYY-MM} (default: this
 * month); {@code squadron} or {@code branch} narrow it to one unit.
 */
@RestController
class StatisticsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final InspectorStatistics statistics;

	private final Clock clock;

	StatisticsController(InspectorStatistics statistics, Clock clock) {
		this.statistics = statistics;
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
		return file(TableExport.csv(table), "text/csv;charset=UTF-8", table, "csv");
	}

	@GetMapping("/api/statistics/inspectors.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month,
			@RequestParam(required = false) String squadron, @RequestParam(required = false) String branch) {
		MonthlyTable table = table(month, squadron, branch);
		return file(TableExport.xlsx(table), XLSX, table, "xlsx");
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

	private MonthlyTable table(String month, String squadron, String branch) {
		return statistics.table(month(month), blankToNull(squadron), blankToNull(branch));
	}

	private YearMonth month(String text) {
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

	private static ResponseEntity<byte[]> file(byte[] content, String type, MonthlyTable table, String suffix) {
		String name = TableExport.TITLE + "-" + table.month() + "." + suffix;
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

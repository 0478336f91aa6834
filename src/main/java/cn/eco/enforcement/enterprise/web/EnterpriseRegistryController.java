package cn.eco.enforcement.enterprise.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.enterprise.ImportResult;
import cn.eco.enforcement.shared.ForbiddenCharacters;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise registry for supervisors: create, update, and CSV import that validates every row
 * and imports nothing unless all rows are valid.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseRegistryController {

	/** The CSV columns, in order; the first line of a file must name them. */
	static final List<String> COLUMNS = List.of("code", "name", "creditCode", "address", "longitude", "latitude",
			"townshipCode", "industry", "category", "characteristicPollutants", "responsibleInspector",
			"deputyInspector", "permitNumber");

	private final EnterpriseApi enterprises;

	private final int maxRows;

	EnterpriseRegistryController(EnterpriseApi enterprises, @Value("${app.bulk.max-import-rows:5000}") int maxRows) {
		this.enterprises = enterprises;
		this.maxRows = maxRows;
	}

	@PostMapping
	ResponseEntity<EnterpriseProfile> create(@RequestBody EnterpriseData data) {
		enterprises.save(Map.of(1, data));
		return ResponseEntity.created(URI.create("/api/enterprises/" + data.code()))
			.body(enterprises.find(data.code()).orElseThrow());
	}

	@PutMapping("/{code}")
	EnterpriseProfile update(@PathVariable String code, @RequestBody EnterpriseData data) {
		enterprises.save(Map.of(1, withCode(data, code)));
		return enterprises.find(code).orElseThrow();
	}

	/** CSV (UTF-8, header line with {@link #COLUMNS}); pollutant codes separated by ";" or "|". */
	@PostMapping(value = "/import", consumes = { "text/csv", "text/plain" })
	ImportResult importCsv(@RequestBody String csv) {
		List<List<String>> rows = Csv.parse(csv);
		if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(COLUMNS)) {
			throw new InvalidInputException("header", "第一行应为列名：" + String.join(",", COLUMNS));
		}
		if (rows.size() < 2) {
			throw new InvalidInputException("rows", "文件中没有数据行");
		}
		if (rows.size() - 1 > maxRows) {
			throw new InvalidInputException("rows", "一次最多导入 " + maxRows + " 行，本文件有 " + (rows.size() - 1) + " 行，请拆分后分批导入");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Map<Integer, EnterpriseData> data = new LinkedHashMap<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.size() != COLUMNS.size()) {
				problems.add(new FieldProblem("rows[" + i + "]", "列数应为 " + COLUMNS.size() + "，实为 " + row.size()));
				continue;
			}
			List<FieldProblem> refused = refusedCells(i, row);
			if (!refused.isEmpty()) {
				problems.addAll(refused);
				continue;
			}
			try {
				data.put(i, toData(row));
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("rows[" + i + "].longitude", "经纬度不是数字"));
			}
		}
		// Every bad row is reported at once, structural and content problems alike.
		problems.addAll(data.size() == 1 && rows.size() == 2 ? prefixed(enterprises.problems(data)) : enterprises.problems(data));
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(FieldProblem::field));
			throw new InvalidInputException(problems);
		}
		return enterprises.save(data);
	}

	/** Cells holding characters no text of ours may hold (a line break inside quotes is allowed). */
	private static List<FieldProblem> refusedCells(int rowNumber, List<String> row) {
		List<FieldProblem> refused = new ArrayList<>();
		for (int column = 0; column < row.size(); column++) {
			if (ForbiddenCharacters.in(row.get(column), true)) {
				refused.add(new FieldProblem("rows[" + rowNumber + "]." + COLUMNS.get(column), ForbiddenCharacters.MESSAGE));
			}
		}
		return refused;
	}

	/** A one-row file still names its row. */
	private static List<FieldProblem> prefixed(List<FieldProblem> problems) {
		return problems.stream().map(p -> new FieldProblem("rows[1]." + p.field(), p.message())).toList();
	}

	private static EnterpriseData toData(List<String> row) {
		return new EnterpriseData(text(row, 0), text(row, 1), text(row, 2), text(row, 3), number(row, 4), number(row, 5),
				text(row, 6), text(row, 7), text(row, 8), codes(text(row, 9)), text(row, 10), text(row, 11), text(row, 12));
	}

	private static EnterpriseData withCode(EnterpriseData d, String code) {
		return new EnterpriseData(code, d.name(), d.creditCode(), d.address(), d.longitude(), d.latitude(), d.townshipCode(),
				d.industry(), d.category(), d.characteristicPollutants(), d.responsibleInspector(), d.deputyInspector(),
				d.permitNumber());
	}

	private static String text(List<String> row, int index) {
		String value = row.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	private static Double number(List<String> row, int index) {
		String value = text(row, index);
		return value == null ? null : Double.valueOf(value);
	}

	private static List<String> codes(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[;|]")).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}

}

package cn.eco.enforcement.enterprise.web;

import java.util.List;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.PositiveListEntry;
import cn.eco.enforcement.grid.Jurisdictions;
import cn.eco.enforcement.shared.ForbiddenCharacters;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Positive-list membership: the yearly list import and each firm's history with removal reasons. */
@RestController
@RequestMapping("/api/enterprises")
class PositiveListController {

	private final EnterpriseApi enterprises;

	private final Jurisdictions jurisdictions;

	private final int maxRows;

	PositiveListController(EnterpriseApi enterprises, Jurisdictions jurisdictions,
			@Value("${app.bulk.max-import-rows:5000}") int maxRows) {
		this.enterprises = enterprises;
		this.jurisdictions = jurisdictions;
		this.maxRows = maxRows;
	}

	@GetMapping("/{code}/positive-list")
	List<PositiveListEntry> history(@PathVariable String code) {
		enterprises.find(code, jurisdictions.ofCaller())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "企业不存在或不在本人辖区：" + code));
		return enterprises.positiveListHistory(code);
	}

	/** The year's published list: CSV with one enterprise code per line (an optional "code" header). */
	@PostMapping(value = "/positive-list/import", consumes = { "text/csv", "text/plain" })
	Map<String, Integer> importYear(@RequestParam int year, @RequestBody String csv) {
		if (year < 2020 || year > 2100) {
			throw new InvalidInputException("year", "年份不合法：" + year);
		}
		List<String> codes = Csv.parse(csv).stream().map(row -> row.get(0).strip()).filter(c -> !c.isEmpty())
			.filter(c -> !c.equalsIgnoreCase("code")).toList();
		if (codes.isEmpty()) {
			throw new InvalidInputException("rows", "文件中没有企业编码");
		}
		if (codes.size() > maxRows) {
			throw new InvalidInputException("rows", "一次最多导入 " + maxRows + " 行，本文件有 " + codes.size() + " 行，请拆分后分批导入");
		}
		for (int i = 0; i < codes.size(); i++) {
			ForbiddenCharacters.refuse("rows[" + (i + 1) + "].code", codes.get(i), false);
		}
		return Map.of("added", enterprises.importPositiveList(year, codes));
	}

}

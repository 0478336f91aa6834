package cn.eco.enforcement.enterprise.web;

import java.util.List;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.PositiveListEntry;
import cn.eco.enforcement.shared.ForbiddenCharacters;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Positive-list membership: the yearly list import and each firm's history with removal reasons. */
@RestController
@RequestMapping("/api/enterprises")
class PositiveListController {

	private final EnterpriseApi enterprises;

	PositiveListController(EnterpriseApi enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping("/{code}/positive-list")
	List<PositiveListEntry> history(@PathVariable String code) {
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
		for (int i = 0; i < codes.size(); i++) {
			ForbiddenCharacters.refuse("rows[" + (i + 1) + "].code", codes.get(i), false);
		}
		return Map.of("added", enterprises.importPositiveList(year, codes));
	}

}

package cn.eco.enforcement.sharing.web;

import java.time.LocalDate;

import cn.eco.enforcement.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sharing/log}: who fetched what and when, for auditors and administrators. */
@RestController
class SharingLogController {

	static final int MAX_PAGE_SIZE = 500;

	private final FetchLog log;

	SharingLogController(FetchLog log) {
		this.log = log;
	}

	@Operation(summary = "数据共享记录", description = "数据共享账户每次读取的记录（账户、接口与查询条件、时间、记录条数），按时间先后分页；审计和管理员可查")
	@GetMapping("/api/sharing/log")
	FetchLog.Page log(
			@Parameter(description = "日期起（含），默认 30 天前") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "日期止（含），默认今天") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "每页条数，1 至 500") @RequestParam(defaultValue = "50") int size) {
		LocalDate until = to == null ? log.today() : to;
		LocalDate since = from == null ? until.minusDays(30) : from;
		if (since.isAfter(until)) {
			throw new InvalidInputException("from", "from 不能晚于 to");
		}
		if (page < 0) {
			throw new InvalidInputException("page", "页码不能小于 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "每页条数须在 1 至 " + MAX_PAGE_SIZE + " 之间");
		}
		return log.between(since, until, page, size);
	}

}

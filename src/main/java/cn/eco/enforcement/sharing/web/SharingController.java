package cn.eco.enforcement.sharing.web;

import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.sharing.web.SharedViews.SharedAggregate;
import cn.eco.enforcement.sharing.web.SharedViews.SharedDevice;
import cn.eco.enforcement.sharing.web.SharedViews.SharedEnterprise;
import cn.eco.enforcement.sharing.web.SharedViews.SharedPenalty;
import cn.eco.enforcement.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/sharing/…}: what other departments' data-sharing accounts read. Every answer is
 * recorded in the {@link FetchLog} with the number of records it held.
 */
@RestController
@RequestMapping("/api/sharing")
class SharingController {

	/** Longest span of aggregates one request may ask for. */
	static final Duration MAX_AGGREGATE_SPAN = Duration.ofDays(31);

	private static final int MAX_AGGREGATES = 50_000;

	private final EnterpriseApi enterprises;

	private final CaseworkApi casework;

	private final MonitoringApi monitoring;

	private final FetchLog log;

	SharingController(EnterpriseApi enterprises, CaseworkApi casework, MonitoringApi monitoring, FetchLog log) {
		this.enterprises = enterprises;
		this.casework = casework;
		this.monitoring = monitoring;
		this.log = log;
	}

	@Operation(summary = "企业名录", description = "全部企业的公开登记信息：名称、统一社会信用代码、排污许可证号、类别、行业、乡镇、地址、坐标、是否在正面清单；不含监管人员")
	@GetMapping("/enterprises")
	List<SharedEnterprise> enterprises(Principal caller, HttpServletRequest request) {
		return logged(enterprises.list().stream().map(SharedEnterprise::of).toList(), caller, request);
	}

	@Operation(summary = "已送达的行政处罚决定", description = "处罚决定日期在 from 至 to（含）之间、已送达的行政处罚决定：文号、日期、违反条款、处罚依据、罚款金额、是否责令改正；不含调查内容和当事人以外的任何人")
	@GetMapping("/penalties")
	List<SharedPenalty> penalties(
			@Parameter(description = "决定日期起（含），默认一年前") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "决定日期止（含），默认今天") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Principal caller, HttpServletRequest request) {
		LocalDate until = to == null ? log.today() : to;
		LocalDate since = from == null ? until.minusYears(1) : from;
		if (since.isAfter(until)) {
			throw new InvalidInputException("from", "from 不能晚于 to");
		}
		Map<String, EnterpriseProfile> firms = enterprises.list().stream()
			.collect(Collectors.toMap(EnterpriseProfile::code, e -> e));
		List<SharedPenalty> penalties = casework.servedPenaltyDecisions(since, until).stream()
			.filter(served -> firms.containsKey(served.enterpriseCode()))
			.map(served -> SharedPenalty.of(firms.get(served.enterpriseCode()), served.decision()))
			.toList();
		return logged(penalties, caller, request);
	}

	@Operation(summary = "在线监测设备", description = "已登记的在线监测设备：MN、类型、所属企业或站点、排放口；不含密码和密钥")
	@GetMapping("/monitoring/devices")
	List<SharedDevice> devices(Principal caller, HttpServletRequest request) {
		return logged(monitoring.devices().stream().map(SharedDevice::of).toList(), caller, request);
	}

	@Operation(summary = "设备小时或日均值", description = "设备在 [from, to) 内的小时值（HOUR）或日均值（DAY），最长 31 天")
	@GetMapping("/monitoring/devices/{mn}/aggregates")
	List<SharedAggregate> aggregates(@PathVariable String mn,
			@Parameter(description = "HOUR（小时值）或 DAY（日均值）") @RequestParam Period period,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to, Principal caller,
			HttpServletRequest request) {
		if (period != Period.HOUR && period != Period.DAY) {
			throw new InvalidInputException("period", "取值：HOUR（小时值）、DAY（日均值）");
		}
		if (!from.isBefore(to)) {
			throw new InvalidInputException("from", "from 必须早于 to");
		}
		if (Duration.between(from, to).compareTo(MAX_AGGREGATE_SPAN) > 0) {
			throw new InvalidInputException("to", "from 至 to 最长 31 天");
		}
		if (monitoring.device(mn).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "设备未登记：" + mn);
		}
		List<SharedAggregate> aggregates = monitoring.readings(mn, period, from.toInstant(), to.toInstant(), MAX_AGGREGATES)
			.stream()
			.map(SharedAggregate::of)
			.toList();
		return logged(aggregates, caller, request);
	}

	private <T> List<T> logged(List<T> records, Principal caller, HttpServletRequest request) {
		log.record(caller.getName(), request, records.size());
		return records;
	}

}

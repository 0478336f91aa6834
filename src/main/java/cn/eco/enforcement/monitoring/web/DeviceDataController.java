package cn.eco.enforcement.monitoring.web;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.monitoring.ConditionDeclarationKind;
import cn.eco.enforcement.monitoring.ConditionDeclarationView;
import cn.eco.enforcement.monitoring.DeclareCondition;
import cn.eco.enforcement.monitoring.DeviceDataApi;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.MultimediaFileView;
import cn.eco.enforcement.monitoring.ProductionConditionView;
import cn.eco.enforcement.monitoring.VocsRawDataView;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What HJ 212-2025 loggers send besides readings (production conditions, VOCs raw data, multimedia
 * references), for staff who read devices; and the start-up / shutdown periods declared for a device,
 * by staff or by the firm's own accounts for the firm's own devices.
 */
@RestController
@RequestMapping("/api/monitoring/devices/{mn}")
class DeviceDataController {

	/** The longest period one declaration may cover. */
	static final Duration LONGEST_DECLARATION = Duration.ofDays(7);

	static final int NOTE_LENGTH = 500;

	private final MonitoringApi monitoring;

	private final DeviceDataApi data;

	DeviceDataController(MonitoringApi monitoring, DeviceDataApi data) {
		this.monitoring = monitoring;
		this.data = data;
	}

	@Operation(summary = "关键生产工况数据", description = "HJ 212-2025 ST=45 CN 2011 上报的工况标记（p991xx-Rtd），按原样显示，不作解释")
	@GetMapping("/production-conditions")
	List<ProductionConditionView> productionConditions(@PathVariable String mn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "10000") int limit) {
		device(mn);
		period(from, to);
		return data.productionConditions(mn, from.toInstant(), to.toInstant(), bounded(limit));
	}

	@Operation(summary = "VOCs 原始数据", description = "HJ 212-2025 ST=27 CN 2013：各因子保留时间、峰面积、峰高及谱图文件引用（字段名为暂定，见 README）")
	@GetMapping("/vocs-raw-data")
	List<VocsRawDataView> vocsRawData(@PathVariable String mn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "10000") int limit) {
		device(mn);
		period(from, to);
		return data.vocsRawData(mn, from.toInstant(), to.toInstant(), bounded(limit));
	}

	@Operation(summary = "多媒体文件引用", description = "HJ 212-2025 附录 H：文件名、类型、大小、摘要、引用地址（字段名为暂定，见 README）")
	@GetMapping("/multimedia")
	List<MultimediaFileView> multimedia(@PathVariable String mn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "10000") int limit) {
		device(mn);
		period(from, to);
		return data.multimediaFiles(mn, from.toInstant(), to.toInstant(), bounded(limit));
	}

	@Operation(summary = "申报启炉/停炉期间", description = "企业账号只能为本企业的设备申报；只增不改，期间内的超标告警标注为申报期间")
	@PostMapping("/condition-declarations")
	ResponseEntity<ConditionDeclarationView> declare(@PathVariable String mn, @RequestBody DeclarationRequest request,
			Authentication user) {
		DeviceView device = device(mn);
		mayDeclareFor(device, user);
		List<FieldProblem> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (device.enterpriseCode() == null) {
			throw new InvalidInputException("mn", "环境质量监测设备没有生产工况，不能申报启炉/停炉");
		}
		ConditionDeclarationView declared = data.declare(new DeclareCondition(mn, request.kind(), request.from(),
				request.to(), request.note() == null || request.note().isBlank() ? null : request.note().strip(),
				user.getName()));
		return ResponseEntity.created(URI.create("/api/monitoring/devices/" + mn + "/condition-declarations"))
			.body(declared);
	}

	@Operation(summary = "启炉/停炉申报记录", description = "该设备的全部申报，谁在何时申报；企业账号只能查看本企业的设备")
	@GetMapping("/condition-declarations")
	List<ConditionDeclarationView> declarations(@PathVariable String mn, Authentication user) {
		DeviceView device = device(mn);
		mayDeclareFor(device, user);
		return data.declarations(mn);
	}

	private DeviceView device(String mn) {
		return monitoring.device(mn).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "设备不存在：" + mn));
	}

	/**
	 * A firm's account (it holds a firm group) acts for its own firm's devices only; staff reach this
	 * far through the security rules.
	 */
	private static void mayDeclareFor(DeviceView device, Authentication user) {
		List<String> firms = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("GROUP_" + EnterpriseApi.accountGroupOf("")))
			.toList();
		if (!firms.isEmpty() && (device.enterpriseCode() == null
				|| !firms.contains("GROUP_" + EnterpriseApi.accountGroupOf(device.enterpriseCode())))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能为本企业的设备申报");
		}
	}

	private static void period(OffsetDateTime from, OffsetDateTime to) {
		if (!from.isBefore(to)) {
			throw new InvalidInputException("from", "from 必须早于 to");
		}
	}

	private static int bounded(int limit) {
		return Math.max(1, Math.min(limit, 100_000));
	}

	/** The body of a declaration: {@code {kind: STARTUP|SHUTDOWN, from, to, note}}. */
	record DeclarationRequest(ConditionDeclarationKind kind, OffsetDateTime from, OffsetDateTime to, String note) {

		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			if (kind == null) {
				problems.add(new FieldProblem("kind", "必须填写，取值：STARTUP（启炉）、SHUTDOWN（停炉）"));
			}
			if (from == null) {
				problems.add(new FieldProblem("from", "必须填写开始时间（ISO 8601，含时区）"));
			}
			if (to == null) {
				problems.add(new FieldProblem("to", "必须填写结束时间（ISO 8601，含时区）"));
			}
			else if (from != null && !to.isAfter(from)) {
				problems.add(new FieldProblem("to", "结束时间必须晚于开始时间"));
			}
			else if (from != null && Duration.between(from, to).compareTo(LONGEST_DECLARATION) > 0) {
				problems.add(new FieldProblem("to", "一次申报最长 7 天"));
			}
			if (note != null && note.strip().length() > NOTE_LENGTH) {
				problems.add(new FieldProblem("note", "最长 " + NOTE_LENGTH + " 个字符"));
			}
			return problems;
		}

	}

}

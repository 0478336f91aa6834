package cn.eco.enforcement.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.DeviceRejectedException;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.KeyRotationRefusedException;
import cn.eco.enforcement.monitoring.KeyRotationView;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.PermitLimit;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.ReadingView;
import cn.eco.enforcement.monitoring.internal.DataTimeBounds;
import cn.eco.enforcement.monitoring.internal.Hj212Rejections;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

	private static final java.util.regex.Pattern SM4_KEY = java.util.regex.Pattern.compile("[0-9A-Fa-f]{32}");

	private final MonitoringApi monitoring;

	private final GridApi grid;

	private final Hj212Rejections rejections;

	private final DataTimeBounds dataTimes;

	private final cn.eco.enforcement.monitoring.DeviceDataApi deviceData;

	MonitoringController(MonitoringApi monitoring, GridApi grid, Hj212Rejections rejections, DataTimeBounds dataTimes,
			cn.eco.enforcement.monitoring.DeviceDataApi deviceData) {
		this.deviceData = deviceData;
		this.monitoring = monitoring;
		this.grid = grid;
		this.rejections = rejections;
		this.dataTimes = dataTimes;
	}

	/** HJ 212 input refused since start, by reason (GARBAGE, BAD_CRC, BAD_PASSWORD, UNKNOWN_DEVICE, …). */
	@GetMapping("/hj212/rejections")
	java.util.Map<String, Long> rejections() {
		return rejections.counts();
	}

	@PostMapping("/devices")
	ResponseEntity<DeviceView> register(@RequestBody DeviceRequest request) {
		List<FieldProblem> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<PermitLimit> limits = request.limits() == null ? List.of()
				: request.limits().stream().map(l -> new PermitLimit(l.factorCode(), l.limit(), l.unit())).toList();
		DeviceView device = monitoring.registerDevice(new RegisterDevice(request.mn().strip(), request.password(),
				request.kind(), blankToNull(request.enterpriseCode()), blankToNull(request.stationCode()),
				blankToNull(request.outlet()), request.crcVariants(), request.cipher()), limits);
		return ResponseEntity.created(URI.create("/api/monitoring/devices/" + device.mn())).body(device);
	}

	/** Sends the logger a new SM4 key (CN 1014); 202 while it waits for the logger's confirmation. */
	@PostMapping("/devices/{mn}/key-rotation")
	ResponseEntity<KeyRotationView> rotateKey(@PathVariable String mn) {
		return ResponseEntity.accepted().body(monitoring.rotateKey(mn));
	}

	@ExceptionHandler(KeyRotationRefusedException.class)
	ResponseEntity<ProblemDetail> rotationRefused(KeyRotationRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("无法轮换密钥");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@GetMapping("/devices")
	List<DeviceView> devices() {
		return monitoring.devices();
	}

	/** What the device's logger last reported about itself and its analysers (CN 3020). */
	@GetMapping("/devices/{mn}/logger-info")
	List<cn.eco.enforcement.monitoring.LoggerInfoView> loggerInfo(@PathVariable String mn) {
		return monitoring.loggerInfo(mn)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND, "设备不存在：" + mn));
	}

	@GetMapping("/stations")
	List<Station> stations() {
		return grid.stations();
	}

	@GetMapping("/devices/{mn}/readings")
	List<ReadingView> readings(@PathVariable String mn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "10000") int limit, @RequestParam(required = false) Period period) {
		if (!from.isBefore(to)) {
			throw new InvalidInputException("from", "from 必须早于 to");
		}
		int bounded = Math.max(1, Math.min(limit, 100_000));
		// One period (a month of hourly data) without reading past a month of minute data first.
		List<ReadingView> readings = period == null ? monitoring.readings(mn, from.toInstant(), to.toInstant(), bounded)
				: monitoring.readings(mn, period, from.toInstant(), to.toInstant(), bounded);
		if (period != null && period != Period.RTD) {
			return readings;
		}
		return withProductionConditions(readings, deviceData.productionConditions(mn, from.toInstant(), to.toInstant(), bounded),
				bounded);
	}

	/**
	 * The device's key production conditions (HJ 212-2025 ST=45) among its readings, in time order: each
	 * marker a real-time row with the marker as sent in {@code marker}.
	 */
	static List<ReadingView> withProductionConditions(List<ReadingView> readings,
			List<cn.eco.enforcement.monitoring.ProductionConditionView> conditions, int limit) {
		if (conditions.isEmpty()) {
			return readings;
		}
		List<ReadingView> all = new ArrayList<>(readings);
		conditions.forEach(c -> all.add(ReadingView.of(c)));
		all.sort(java.util.Comparator.comparing(ReadingView::dataTime));
		return all.size() > limit ? all.subList(0, limit) : all;
	}

	/** Readings pushed over HTTP by devices or platforms that do not speak HJ 212. */
	@PostMapping("/readings")
	IngestResult ingest(@RequestBody ReadingsRequest request) {
		return monitoring.ingest(request.toBatch(dataTimes));
	}

	@ExceptionHandler(DeviceRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(DeviceRejectedException ex) {
		HttpStatus status = ex.unknownDevice() ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(ex.unknownDevice() ? "设备未登记" : "设备认证失败");
		if (ex.unknownDevice()) {
			problem.setProperty("errors", List.of(new FieldProblem("mn", ex.getMessage())));
		}
		return ResponseEntity.status(status).body(problem);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * The body of {@code POST /api/monitoring/devices}; {@code sm4Key} (32 hex digits) with
	 * {@code sm4Encoding} HEX|BASE64 and {@code sm4Padding} ZERO|PKCS7 for an HJ 212-2025 logger
	 * that encrypts. The key is never echoed, in refusals or anywhere else.
	 */
	record DeviceRequest(String mn, String password, DeviceKind kind, String enterpriseCode, String stationCode,
			String outlet, List<LimitRequest> limits, java.util.Set<String> crcVariants, String sm4Key,
			String sm4Encoding, String sm4Padding) {

		CpCipher cipher() {
			if (sm4Key == null || sm4Key.isBlank()) {
				return null;
			}
			return new CpCipher(java.util.HexFormat.of().parseHex(sm4Key.strip()),
					sm4Encoding == null ? CpCipher.Encoding.HEX : CpCipher.Encoding.valueOf(sm4Encoding),
					sm4Padding == null ? CpCipher.Padding.ZERO : CpCipher.Padding.valueOf(sm4Padding));
		}

		@Override
		public String toString() {
			return "DeviceRequest[mn=" + mn + ", sm4Key=" + (sm4Key == null ? "none" : "***") + "]";
		}

		private void encryptionProblems(List<FieldProblem> problems) {
			boolean keyed = sm4Key != null && !sm4Key.isBlank();
			if (keyed && !SM4_KEY.matcher(sm4Key.strip()).matches()) {
				problems.add(new FieldProblem("sm4Key", "必须为 32 位十六进制字符（128 位 SM4 密钥）"));
			}
			if (keyed && !MnGrammar.accepts2025(mn == null ? null : mn.strip())) {
				problems.add(new FieldProblem("mn", "登记 SM4 密钥的设备为 HJ 212-2025 数采仪，" + MnGrammar.RULE_2025));
			}
			if (sm4Encoding != null && (!keyed || !List.of("HEX", "BASE64").contains(sm4Encoding))) {
				problems.add(new FieldProblem("sm4Encoding", keyed ? "取值：HEX、BASE64" : "仅在填写 sm4Key 时有效"));
			}
			if (sm4Padding != null && (!keyed || !List.of("ZERO", "PKCS7").contains(sm4Padding))) {
				problems.add(new FieldProblem("sm4Padding", keyed ? "取值：ZERO、PKCS7" : "仅在填写 sm4Key 时有效"));
			}
		}

		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			encryptionProblems(problems);
			if (mn == null || !MnGrammar.accepts(mn.strip())) {
				problems.add(new FieldProblem("mn", "必须填写，" + MnGrammar.RULE));
			}
			if (password == null || password.isBlank() || password.length() > 64) {
				problems.add(new FieldProblem("password", "必须填写，最长 64 个字符"));
			}
			if (kind == null) {
				problems.add(new FieldProblem("kind", "必须填写，取值：AMBIENT_AIR、SURFACE_WATER、FLUE_GAS、WASTEWATER、VOCS_FENCELINE、CATERING_FUME、ELECTRICITY、PRODUCTION_CONDITION"));
			}
			if (outlet != null && outlet.strip().length() > 100) {
				problems.add(new FieldProblem("outlet", "最长 100 个字符"));
			}
			if ((blankToNull(enterpriseCode) == null) == (blankToNull(stationCode) == null)) {
				problems.add(new FieldProblem("enterpriseCode", "enterpriseCode 与 stationCode 必须且只能填写一个"));
			}
			if (crcVariants != null && !crcVariants.stream().allMatch(v -> java.util.Arrays.stream(
					cn.eco.enforcement.monitoring.hj212.CrcVariant.values()).anyMatch(known -> known.name().equals(v)))) {
				problems.add(new FieldProblem("crcVariants", "取值：STANDARD、MODBUS、MODBUS_SWAPPED"));
			}
			for (int i = 0; limits != null && i < limits.size(); i++) {
				String field = "limits[" + i + "]";
				if (limits.get(i) == null) {
					problems.add(new FieldProblem(field, "必须填写因子编码和大于 0 的限值"));
				}
				else {
					problems.addAll(limits.get(i).problems(field));
				}
			}
			return problems;
		}

	}

	/** A permit limit for one factor of a device. */
	record LimitRequest(String factorCode, BigDecimal limit, String unit) {

		List<FieldProblem> problems(String field) {
			List<FieldProblem> problems = new ArrayList<>();
			if (factorCode == null || factorCode.isBlank() || factorCode.length() > PermitLimit.MAX_TEXT_LENGTH) {
				problems.add(new FieldProblem(field + ".factorCode", "必须填写，最长 20 个字符"));
			}
			if (!PermitLimit.storable(limit)) {
				problems.add(new FieldProblem(field + ".limit", "必须填写大于 0 的数值，最多 12 位整数、4 位小数"));
			}
			if (unit != null && unit.length() > PermitLimit.MAX_TEXT_LENGTH) {
				problems.add(new FieldProblem(field + ".unit", "最长 20 个字符"));
			}
			return problems;
		}

	}

}

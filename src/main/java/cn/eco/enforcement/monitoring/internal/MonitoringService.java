package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.monitoring.DeviceRejectedException;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.LatestValue;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.PermitLimit;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.monitoring.ReadingView;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MonitoringService implements MonitoringApi {

	private static final java.time.Duration TOUCH_INTERVAL = java.time.Duration.ofMinutes(1);

	private final Devices devices;

	private final LoggerInfos loggerInfos;

	private final Readings readings;

	private final Detection detection;

	private final Conditions conditions;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final DetectionSettings settings;

	private final Clock clock;

	private final MasterKey masterKey;

	private final KeyRotation keyRotation;

	private final FacilityRegistration facilities;

	MonitoringService(Devices devices, Readings readings, Detection detection, Conditions conditions,
			EnterpriseApi enterprises, GridApi grid, DetectionSettings settings, Clock clock, MasterKey masterKey,
			KeyRotation keyRotation, FacilityRegistration facilities, LoggerInfos loggerInfos) {
		this.loggerInfos = loggerInfos;
		this.facilities = facilities;
		this.masterKey = masterKey;
		this.keyRotation = keyRotation;
		this.devices = devices;
		this.readings = readings;
		this.detection = detection;
		this.conditions = conditions;
		this.enterprises = enterprises;
		this.grid = grid;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DeviceView registerDevice(RegisterDevice device, List<PermitLimit> limits) {
		if (!MnGrammar.accepts(device.mn())) {
			// A device the listener would refuse to hear, and an MN a URL cannot carry.
			throw new InvalidInputException("mn", "设备编号 " + MnGrammar.RULE);
		}
		if (device.cipher() != null && !MnGrammar.accepts2025(device.mn())) {
			// Only HJ 212-2025 loggers encrypt, and their MN is the 24-hex network code.
			throw new InvalidInputException("mn", "登记 SM4 密钥的设备为 HJ 212-2025 数采仪，" + MnGrammar.RULE_2025);
		}
		if (device.cipher() != null && !masterKey.available()) {
			throw new InvalidInputException("sm4Key", "平台未配置主密钥（环境变量 APP_MONITORING_MASTER_KEY），无法保存 SM4 密钥");
		}
		if (device.kind().isStation() ? device.stationCode() == null : device.enterpriseCode() == null) {
			throw new InvalidInputException(device.kind().isStation() ? "stationCode" : "enterpriseCode",
					device.kind().isStation() ? "环境质量监测设备必须属于监测站点" : "污染源监测设备必须属于企业");
		}
		if (device.enterpriseCode() != null && enterprises.find(device.enterpriseCode()).isEmpty()) {
			throw new InvalidInputException("enterpriseCode", "企业不存在：" + device.enterpriseCode());
		}
		if (device.stationCode() != null && grid.findStation(device.stationCode()).isEmpty()) {
			throw new InvalidInputException("stationCode", "监测站点不存在：" + device.stationCode());
		}
		devices.upsert(device, OffsetDateTime.now(clock));
		limits.forEach(l -> devices.setLimit(device.mn(), l.factorCode(), l.limit(), l.unit()));
		return devices.find(device.mn()).orElseThrow().view();
	}

	@Override
	@Transactional
	public IngestResult ingest(ReadingBatch batch) {
		Devices.Device device = devices.find(batch.mn())
			.orElseThrow(() -> new DeviceRejectedException(true, "未登记的设备：" + batch.mn()));
		if (!Devices.passwordMatches(device, batch.password())) {
			throw new DeviceRejectedException(false, "设备密码错误：" + batch.mn());
		}
		return store(device, batch);
	}

	/**
	 * Stores an authenticated device's batch and runs detection, in the caller's transaction (the
	 * HJ 212 queue commits many packets together).
	 */
	IngestResult store(Devices.Device device, ReadingBatch batch) {
		return storeGroup(List.of(device), List.of(batch)).get(0);
	}

	/**
	 * Stores the batches of several authenticated devices with one JDBC batch, then judges each, in
	 * the caller's transaction.
	 */
	List<IngestResult> storeGroup(List<Devices.Device> groupDevices, List<ReadingBatch> batches) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Readings.Row> rows = new java.util.ArrayList<>();
		for (int i = 0; i < batches.size(); i++) {
			String mn = groupDevices.get(i).mn();
			batches.get(i).readings().forEach(r -> rows.add(new Readings.Row(mn, r)));
		}
		boolean[] isNew = readings.storeAll(rows, now);
		List<IngestResult> results = new java.util.ArrayList<>();
		int offset = 0;
		for (int i = 0; i < batches.size(); i++) {
			int stored = 0;
			for (int j = 0; j < batches.get(i).readings().size(); j++) {
				stored += isNew[offset + j] ? 1 : 0;
			}
			offset += batches.get(i).readings().size();
			results.add(afterStore(groupDevices.get(i), batches.get(i), stored, now));
		}
		return results;
	}

	private IngestResult afterStore(Devices.Device device, ReadingBatch batch, int stored, OffsetDateTime now) {
		OffsetDateTime lastSeen = device.lastSeenAt();
		// Busy loggers send several packets a minute: note their presence once a minute, and look for
		// an off-line condition to clear only when they were silent long enough to have one.
		if (lastSeen == null || lastSeen.isBefore(now.minus(TOUCH_INTERVAL))) {
			devices.touch(device.mn(), now);
		}
		if (lastSeen != null && lastSeen.isBefore(now.minus(settings.offlineAfter()))) {
			conditions.clear(device.mn(), Conditions.WHOLE_DEVICE, Period.RTD, ConditionType.OFFLINE, now);
		}
		List<Long> alarms = stored == 0 ? List.of() : detection.detect(device, batch.readings());
		return new IngestResult(batch.readings().size(), stored, alarms);
	}

	@Override
	public Facility registerFacility(String enterpriseCode,
			Facility facility) {
		return facilities.register(enterpriseCode, facility);
	}

	@Override
	public List<Facility> facilities(String enterpriseCode) {
		return facilities.of(enterpriseCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReadingView> readings(String mn, Instant from, Instant to, int limit) {
		return readings.between(mn, from, to, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReadingView> readings(String mn, Period period, Instant from, Instant to, int limit) {
		return readings.between(mn, period, from, to, limit);
	}

	@Override
	public cn.eco.enforcement.monitoring.KeyRotationView rotateKey(String mn) {
		return keyRotation.rotate(mn);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeviceView> devices() {
		return devices.all();
	}

	@Override
	public java.util.Optional<DeviceView> device(String mn) {
		return devices.find(mn).map(Devices.Device::view);
	}

	@Override
	public java.util.Optional<List<cn.eco.enforcement.monitoring.LoggerInfoView>> loggerInfo(String mn) {
		return devices.find(mn).map(d -> loggerInfos.latest(mn));
	}

	@Override
	@Transactional(readOnly = true)
	public List<LatestValue> latestValues(String enterpriseCode) {
		Instant since = clock.instant().minus(java.time.Duration.ofDays(7));
		List<LatestValue> values = new java.util.ArrayList<>();
		for (DeviceView device : devices.all()) {
			if (!enterpriseCode.equals(device.enterpriseCode())) {
				continue;
			}
			devices.limits(device.mn()).values().forEach(limit -> latest(device, limit, since).ifPresent(values::add));
		}
		return values;
	}

	private java.util.Optional<LatestValue> latest(DeviceView device, Devices.Limit limit, Instant since) {
		for (Period period : List.of(Period.HOUR, Period.MINUTE, Period.RTD)) {
			List<cn.eco.enforcement.monitoring.Reading> recent = readings
				.recent(device.mn(), period, List.of(limit.factorCode()), since, 1)
				.getOrDefault(limit.factorCode(), List.of());
			if (!recent.isEmpty() && SeriesJudge.judgedValue(device.kind(), recent.get(0)) != null) {
				var reading = recent.get(0);
				BigDecimal value = SeriesJudge.judgedValue(device.kind(), reading);
				return java.util.Optional.of(new LatestValue(device.outlet(), limit.factorCode(),
						cn.eco.enforcement.monitoring.Factors.label(limit.factorCode(), limit.unit()), period, value, limit.value(),
						limit.unit(), reading.dataTime(), value.compareTo(limit.value()) > 0));
			}
		}
		return java.util.Optional.empty();
	}

}

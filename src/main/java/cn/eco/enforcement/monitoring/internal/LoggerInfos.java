package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.LoggerInfoView;
import cn.eco.enforcement.monitoring.LoggerMismatchFindings;
import cn.eco.enforcement.monitoring.LoggerParametersDiffer;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logger information (现场机信息, CN 3020): the latest value of each information code per device and
 * analyser, every report kept append-only, and the one judgement the registry allows.
 * <p>
 * Layout, after HJ 212-2017 appendix C (the 3020 example) and table B.10, and the public
 * implementation caoyiliang/HJ212 (its 2025 {@code UploadInfoReq}): {@code CP=&&DataTime=…;PolId=w01018;
 * i13001-Info=…;i13004-Info=168.0&&}, one analyser ({@code PolId}) per packet; the codes are
 * {@code i1xxxx} analyser, {@code i2xxxx} logger, {@code i3xxxx} auxiliary equipment, the second digit
 * 1 log, 2 state, 3 parameter. Of the parameters, {@code i13001} is the measuring range,
 * {@code i13007}/{@code i13008} intercept and slope, {@code i13009} the detection limit. The 2025 text
 * was not available, and no code for an alarm limit is known to us.
 * <p>
 * What can be compared: the registry holds each factor's permit limit and unit, not measuring ranges
 * or calibration (conversion) factors. So the judgement is that the reported measuring range must
 * reach the registered limit: an analyser whose range ends below the limit cannot show an
 * exceedance. Intercept and slope are stored and shown, not judged. A difference is told once
 * ({@link LoggerMismatchFindings}: a finding for the O&amp;M contract), or raised as one alarm
 * 数采仪参数不一致 when no contract covers the device; it stays open while the logger keeps reporting it
 * and is cleared by a report that agrees.
 */
@Component
class LoggerInfos {

	/** HJ 212-2017 table B.10 codes we name; others are stored without a name. */
	static final Map<String, String> NAMES = Map.ofEntries(Map.entry("i11001", "运行日志"), Map.entry("i12001", "工作状态"),
			Map.entry("i12002", "分析仪与数采仪通讯状态"), Map.entry("i12003", "分析仪报警状态"), Map.entry("i13001", "测量量程"),
			Map.entry("i13002", "测量精度"), Map.entry("i13003", "测量间隔"), Map.entry("i13004", "消解温度"),
			Map.entry("i13005", "消解时长"), Map.entry("i13006", "校准时间"), Map.entry("i13007", "截距"),
			Map.entry("i13008", "斜率"), Map.entry("i13009", "测量检出限"), Map.entry("i21001", "数采仪运行日志"),
			Map.entry("i22001", "数采仪工作状态"), Map.entry("i22002", "用户状态"), Map.entry("i22003", "数采仪与上位机通讯状态"),
			Map.entry("i22101", "数采仪通道通讯状态"), Map.entry("i23001", "本地大气压力"));

	static final String MEASURING_RANGE = "i13001";

	/** "0-500", "0~500", "0～500", "500": the upper end is the last number. */
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	private static final Logger log = LoggerFactory.getLogger(LoggerInfos.class);

	private final JdbcClient jdbc;

	private final Devices devices;

	private final Conditions conditions;

	private final MonitoringAlarms alarms;

	private final ObjectProvider<LoggerMismatchFindings> findings;

	private final Clock clock;

	LoggerInfos(JdbcClient jdbc, Devices devices, Conditions conditions, MonitoringAlarms alarms,
			ObjectProvider<LoggerMismatchFindings> findings, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.conditions = conditions;
		this.alarms = alarms;
		this.findings = findings;
		this.clock = clock;
	}

	/** Stores a 3020 report and judges it against the registry. */
	@Transactional
	void record(Devices.Device device, Hj212Packet packet, Instant dataTime) {
		String polId = Optional.ofNullable(packet.other().get("PolId")).orElse("");
		OffsetDateTime received = OffsetDateTime.now(clock);
		OffsetDateTime at = dataTime == null ? null : dataTime.atOffset(ZoneOffset.UTC);
		for (Hj212Item item : packet.items()) {
			Optional<String> value = item.value("Info");
			if (value.isEmpty()) {
				continue;
			}
			jdbc.sql("""
					INSERT INTO logger_info (mn, pol_id, info_id, info_value, data_time, received_at) VALUES (?, ?, ?, ?, ?, ?)
					ON CONFLICT (mn, pol_id, info_id) DO UPDATE SET info_value = EXCLUDED.info_value,
					    data_time = EXCLUDED.data_time, received_at = EXCLUDED.received_at""")
				.params(device.mn(), polId, item.factorCode(), value.get(), at, received)
				.update();
			jdbc.sql("""
					INSERT INTO logger_info_history (mn, pol_id, info_id, info_value, data_time, received_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(device.mn(), polId, item.factorCode(), value.get(), at, received)
				.update();
		}
		packet.item(MEASURING_RANGE).flatMap(i -> i.value("Info"))
			.ifPresent(range -> judgeRange(device, polId, range, received.toInstant()));
	}

	/** The latest value of every information code of a device, by analyser and code. */
	List<LoggerInfoView> latest(String mn) {
		return jdbc.sql("""
				SELECT pol_id, info_id, info_value, data_time, received_at FROM logger_info WHERE mn = ?
				ORDER BY pol_id, info_id""")
			.param(mn)
			.query((rs, i) -> new LoggerInfoView(rs.getString(1), rs.getString(2), NAMES.get(rs.getString(2)),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	private void judgeRange(Devices.Device device, String polId, String range, Instant at) {
		Devices.Limit limit = devices.limits(device.mn()).get(polId);
		Optional<BigDecimal> upper = upperEnd(range);
		if (limit == null || limit.value() == null || upper.isEmpty()) {
			return;
		}
		boolean differs = upper.get().compareTo(limit.value()) < 0;
		Optional<Long> open = conditions.open(device.mn(), polId, Period.RTD, ConditionType.LOGGER_MISMATCH);
		if (!differs) {
			open.ifPresent(id -> conditions.clear(device.mn(), polId, Period.RTD, ConditionType.LOGGER_MISMATCH,
					at.atOffset(ZoneOffset.UTC)));
			return;
		}
		if (open.isPresent()) {
			conditions.stillSeen(open.get(), at);
			return;
		}
		String detail = "数采仪上报 %s 测量量程 %s，达不到登记的排放限值 %s%s".formatted(polId, range,
				limit.value().stripTrailingZeros().toPlainString(), limit.unit() == null ? "" : " " + limit.unit());
		Finding finding = new Finding(ConditionType.LOGGER_MISMATCH, polId, at, upper.get(), limit.value(), limit.unit(),
				detail);
		LoggerMismatchFindings om = findings.getIfAvailable();
		if (om != null && om.open(new LoggerParametersDiffer(device.mn(), device.enterpriseCode(), device.stationCode(),
				at, detail))) {
			conditions.start(device.mn(), Period.RTD, finding);
			log.info("{}: {} → O&M finding", device.mn(), detail);
			return;
		}
		long alarmId = alarms.open(device, Period.RTD, finding);
		log.info("{}: {} → alarm #{}", device.mn(), detail, alarmId);
	}

	/** The upper end of a measuring range as sent, if it has a number. */
	static Optional<BigDecimal> upperEnd(String range) {
		Matcher m = NUMBER.matcher(range.replace('～', '~').replaceAll("(\\d)\\s*-\\s*(\\d)", "$1~$2"));
		List<String> numbers = new ArrayList<>();
		while (m.find()) {
			numbers.add(m.group());
		}
		return numbers.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(numbers.get(numbers.size() - 1)));
	}

}

package cn.eco.enforcement.alarm.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The JSON body of {@code POST /api/alarms}. */
record AlarmRequest(@NotBlank(message = "不能为空") @Size(max = 100, message = "长度不能超过 100") String externalId,
		@NotNull(message = "不能为空，取值：AMBIENT_STATION、ONLINE_MONITOR、VOCS_FENCELINE、CATERING_FUME、ELECTRICITY、COMPLAINT、MANUAL") AlarmSourceType sourceType,
		@Size(max = 32, message = "长度不能超过 32") String enterpriseCode,
		@Size(max = 32, message = "长度不能超过 32") String stationCode,
		@Size(max = 50, message = "长度不能超过 50") String pollutant,
		@DecimalMin(value = "0", message = "不能为负数") @DecimalMax(value = MAX_VALUE, message = "不能超过 " + MAX_VALUE) BigDecimal value,
		@DecimalMin(value = "0.0001", message = "不能小于 0.0001") @DecimalMax(value = MAX_VALUE, message = "不能超过 " + MAX_VALUE) BigDecimal limit,
		@Size(max = 20, message = "长度不能超过 20") String unit,
		@NotNull(message = "不能为空，格式如 2026-11-28T08:00:00+08:00") @PastOrPresent(message = "不能晚于当前时间") OffsetDateTime observedAt,
		@Size(max = 1000, message = "长度不能超过 1000") String description) {

	/** The largest value and limit the alarm register holds (NUMERIC(16, 4), V3); four decimals are kept. */
	static final String MAX_VALUE = "999999999999.9999";

	/** Rules that span fields, which bean-validation annotations cannot say. */
	List<FieldProblem> crossFieldProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (observedAt != null && observedAt.getYear() < 2000) {
			problems.add(new FieldProblem("observedAt", "不能早于 2000 年"));
		}
		if (blank(enterpriseCode) == blank(stationCode)) {
			problems.add(new FieldProblem(blank(enterpriseCode) ? "enterpriseCode" : "stationCode",
					"enterpriseCode 与 stationCode 必须且只能填写一个"));
		}
		if (sourceType == AlarmSourceType.OM_INSPECTION) {
			// Only a recorded O&M inspection finding raises these (maintenance module); posted ones would escalate at will.
			problems.add(new FieldProblem("sourceType", "第三方巡检告警由巡检发现的问题自动生成，不能通过接口上报"));
		}
		if (sourceType == AlarmSourceType.AMBIENT_STATION && blank(stationCode)) {
			problems.add(new FieldProblem("stationCode", "空气站告警必须填写监测站点编码"));
		}
		if (sourceType != null && sourceType.isMeasurement()) {
			if (blank(pollutant)) {
				problems.add(new FieldProblem("pollutant", "监测类告警必须填写污染因子"));
			}
			if (value == null) {
				problems.add(new FieldProblem("value", "监测类告警必须填写监测值"));
			}
			if (limit == null) {
				problems.add(new FieldProblem("limit", "监测类告警必须填写限值"));
			}
		}
		if (sourceType != null && !sourceType.isMeasurement() && blank(description)) {
			problems.add(new FieldProblem("description", "信访投诉和人工上报必须填写情况描述"));
		}
		return problems;
	}

	RaiseAlarm toCommand() {
		return new RaiseAlarm(externalId.strip(), sourceType, trimmed(enterpriseCode), trimmed(stationCode),
				trimmed(pollutant), value, limit, trimmed(unit), observedAt, trimmed(description));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trimmed(String s) {
		return blank(s) ? null : s.strip();
	}

}

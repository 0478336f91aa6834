package cn.eco.enforcement.alarm.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.Complainant;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The JSON body of {@code POST /api/alarms} (or its {@code alarm} part when photos and videos come
 * along): about an enterprise, a station, or a place given as {@code latitude}/{@code longitude}
 * (WGS-84 degrees) with an optional {@code address}.
 */
record AlarmRequest(@NotBlank(message = "不能为空") @Size(max = 100, message = "长度不能超过 100") String externalId,
		@NotNull(message = "不能为空，取值：AMBIENT_STATION、ONLINE_MONITOR、VOCS_FENCELINE、CATERING_FUME、ELECTRICITY、COMPLAINT、MANUAL、STRAW_BURNING、VIDEO_PATROL、RIVER_PATROL") AlarmSourceType sourceType,
		@Size(max = 32, message = "长度不能超过 32") String enterpriseCode,
		@Size(max = 32, message = "长度不能超过 32") String stationCode,
		@Size(max = 50, message = "长度不能超过 50") String pollutant,
		@DecimalMin(value = "0", message = "不能为负数") @DecimalMax(value = MAX_VALUE, message = "不能超过 " + MAX_VALUE) BigDecimal value,
		@DecimalMin(value = "0.0001", message = "不能小于 0.0001") @DecimalMax(value = MAX_VALUE, message = "不能超过 " + MAX_VALUE) BigDecimal limit,
		@Size(max = 20, message = "长度不能超过 20") String unit,
		@NotNull(message = "不能为空，格式如 2026-11-28T08:00:00+08:00") @PastOrPresent(message = "不能晚于当前时间") OffsetDateTime observedAt,
		@Size(max = 1000, message = "长度不能超过 1000") String description, Double latitude, Double longitude,
		@Size(max = 200, message = "长度不能超过 200") String address, ComplainantRequest complainant) {

	/** The largest value and limit the alarm register holds (NUMERIC(16, 4), V3); four decimals are kept. */
	static final String MAX_VALUE = "999999999999.9999";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");

	/**
	 * Who filed a complaint. {@code anonymous}: no name and no phone are kept; an e-mail address may
	 * still be left for the outcome.
	 */
	record ComplainantRequest(Boolean anonymous, String name, String phone, String email) {

		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			boolean anonymousOne = Boolean.TRUE.equals(anonymous);
			if (anonymousOne && (!blank(name) || !blank(phone))) {
				problems.add(new FieldProblem(!blank(name) ? "complainant.name" : "complainant.phone",
						"匿名举报不登记姓名和电话（只可留电子邮箱以接收办理结果）"));
			}
			if (!anonymousOne && blank(phone) && blank(email)) {
				problems.add(new FieldProblem("complainant.phone", "实名举报须留联系电话或电子邮箱；不愿留下联系方式请选择匿名（anonymous: true）"));
			}
			if (name != null && name.strip().length() > 50) {
				problems.add(new FieldProblem("complainant.name", "长度不能超过 50"));
			}
			if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
				problems.add(new FieldProblem("complainant.phone", "电话号码格式不正确（5–30 位数字，可含 + - 空格 括号）"));
			}
			if (!blank(email) && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
				problems.add(new FieldProblem("complainant.email", "电子邮箱格式不正确，例如 name@example.cn"));
			}
			return problems;
		}

		Complainant toComplainant() {
			boolean anonymousOne = Boolean.TRUE.equals(anonymous);
			return new Complainant(anonymousOne, anonymousOne ? null : trimmed(name), anonymousOne ? null : trimmed(phone),
					trimmed(email));
		}

	}

	/** Rules that span fields, which bean-validation annotations cannot say. */
	List<FieldProblem> crossFieldProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (observedAt != null && observedAt.getYear() < 2000) {
			problems.add(new FieldProblem("observedAt", "不能早于 2000 年"));
		}
		problems.addAll(placeProblems());
		boolean place = latitude != null && longitude != null;
		boolean placeOnly = sourceType != null && sourceType.isPlaceBased();
		int subjects = (blank(enterpriseCode) ? 0 : 1) + (blank(stationCode) ? 0 : 1) + (place ? 1 : 0);
		if (placeOnly && latitude == null && longitude == null) {
			problems.add(new FieldProblem("latitude", sourceType.label() + "告警必须填写发现地点的纬度（latitude）"));
			problems.add(new FieldProblem("longitude", sourceType.label() + "告警必须填写发现地点的经度（longitude）"));
		}
		else if (subjects == 0 && latitude == null && longitude == null) {
			problems.add(new FieldProblem("enterpriseCode", "enterpriseCode、stationCode 与地点（latitude、longitude）必须填写其一"));
		}
		if (subjects > 1) {
			problems.add(new FieldProblem(blank(stationCode) ? "latitude" : "stationCode",
					"enterpriseCode、stationCode 与地点（latitude、longitude）只能填写其一"));
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
		if ((sourceType == AlarmSourceType.COMPLAINT || sourceType == AlarmSourceType.MANUAL) && blank(description)) {
			problems.add(new FieldProblem("description", "信访投诉和人工上报必须填写情况描述"));
		}
		if (complainant != null && sourceType != null && sourceType != AlarmSourceType.COMPLAINT) {
			problems.add(new FieldProblem("complainant", "只有信访投诉（COMPLAINT）可填写举报人"));
		}
		else if (complainant != null) {
			problems.addAll(complainant.problems());
		}
		return problems;
	}

	private List<FieldProblem> placeProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
			problems.add(new FieldProblem("latitude", "纬度须在 -90 至 90 度之间（WGS-84，襄阳约 31.2–32.6）"));
		}
		if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
			problems.add(new FieldProblem("longitude", "经度须在 -180 至 180 度之间（WGS-84，襄阳约 110.7–113.2）"));
		}
		if ((latitude == null) != (longitude == null)) {
			String missing = latitude == null ? "latitude" : "longitude";
			problems.add(new FieldProblem(missing, "latitude 与 longitude 须同时填写"));
		}
		return problems;
	}

	RaiseAlarm toCommand() {
		return new RaiseAlarm(externalId.strip(), sourceType, trimmed(enterpriseCode), trimmed(stationCode),
				trimmed(pollutant), value, limit, trimmed(unit), observedAt, trimmed(description), List.of(), latitude,
				longitude, trimmed(address), complainant == null ? null : complainant.toComplainant());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trimmed(String s) {
		return blank(s) ? null : s.strip();
	}

}

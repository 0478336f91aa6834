package cn.eco.enforcement.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.grid.StaffRole;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;

/** Checks one enterprise's registry facts; every problem is named with its field and a Chinese reason. */
final class EnterpriseValidation {

	/** Unified social credit code: 18 characters of digits and capital letters other than I, O, S, V, Z. */
	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private EnterpriseValidation() {
	}

	static List<FieldProblem> problems(EnterpriseData e, String prefix, Set<String> townships,
			Map<String, StaffMember> staff) {
		List<FieldProblem> problems = new ArrayList<>();
		if (e.code() == null || !CODE.matcher(e.code()).matches()) {
			problems.add(new FieldProblem(prefix + "code", "必须填写，1–32 位字母、数字、- 或 _"));
		}
		if (blank(e.name()) || e.name().length() > 200) {
			problems.add(new FieldProblem(prefix + "name", "必须填写，最长 200 个字符"));
		}
		if (e.creditCode() == null || !CREDIT_CODE.matcher(e.creditCode()).matches()) {
			problems.add(new FieldProblem(prefix + "creditCode", "统一社会信用代码应为 18 位数字或大写字母"));
		}
		if (e.townshipCode() == null || !townships.contains(e.townshipCode())) {
			problems.add(new FieldProblem(prefix + "townshipCode", "乡镇（街道）不存在：" + e.townshipCode()));
		}
		if (!"KEY".equals(e.category()) && !"ORDINARY".equals(e.category())) {
			problems.add(new FieldProblem(prefix + "category", "取值 KEY（重点）或 ORDINARY（一般）"));
		}
		// Written so that NaN, which compares false with everything, is outside too.
		if ((e.longitude() == null) != (e.latitude() == null) || (e.longitude() != null
				&& !(e.longitude() >= 73 && e.longitude() <= 136 && e.latitude() >= 3 && e.latitude() <= 54))) {
			problems.add(new FieldProblem(prefix + "longitude", "经纬度须同时填写且位于中国境内"));
		}
		checkLength(problems, prefix + "address", e.address(), 300);
		checkLength(problems, prefix + "industry", e.industry(), 100);
		checkLength(problems, prefix + "permitNumber", e.permitNumber(), 40);
		checkLength(problems, prefix + "characteristicPollutants",
				e.characteristicPollutants() == null ? null : String.join(",", e.characteristicPollutants()), 300);
		checkInspector(problems, prefix + "responsibleInspector", e.responsibleInspector(), staff);
		checkInspector(problems, prefix + "deputyInspector", e.deputyInspector(), staff);
		if (e.responsibleInspector() != null && e.responsibleInspector().equals(e.deputyInspector())) {
			problems.add(new FieldProblem(prefix + "deputyInspector", "B 角网格员不能与责任网格员为同一人"));
		}
		return problems;
	}

	private static void checkInspector(List<FieldProblem> problems, String field, String userId,
			Map<String, StaffMember> staff) {
		if (userId == null) {
			return;
		}
		StaffMember member = staff.get(userId);
		if (member == null || member.role() != StaffRole.INSPECTOR) {
			problems.add(new FieldProblem(field, "不是在册执法人员：" + userId));
		}
	}

	/** Lengths of the registry's columns (V2, V9), so that a long value is named, not a database error. */
	private static void checkLength(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "最长 " + max + " 个字符"));
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}

package cn.eco.enforcement.casework.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Typed access to the variables of {@code case-filing}, as Camunda Forms and REST callers send them:
 * numbers as Long or Double, dates as {@code 2026-12-10} strings or {@link Date}s. A missing or
 * malformed required value is refused with a Chinese message that Tasklist shows to the user.
 */
final class CaseVariables {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final VariableScope scope;

	private CaseVariables(VariableScope scope) {
		this.scope = scope;
	}

	static CaseVariables of(VariableScope scope) {
		return new CaseVariables(scope);
	}

	long caseId() {
		return ((Number) scope.getVariable("caseId")).longValue();
	}

	String text(String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString().trim();
	}

	String requiredText(String name, String label) {
		String value = text(name);
		if (value == null || value.isEmpty()) {
			throw refused("请填写" + label);
		}
		return value;
	}

	boolean flag(String name) {
		return Boolean.TRUE.equals(scope.getVariable(name));
	}

	BigDecimal amount(String name) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.toString().trim()).setScale(2, RoundingMode.HALF_UP);
		}
		catch (NumberFormatException ex) {
			throw refused("金额格式不正确：" + value);
		}
	}

	BigDecimal requiredAmount(String name, String label) {
		BigDecimal value = amount(name);
		if (value == null) {
			throw refused("请填写" + label);
		}
		if (value.signum() < 0) {
			throw refused(label + "不能为负数");
		}
		return value;
	}

	int integer(String name, int fallback) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return fallback;
		}
		try {
			return new BigDecimal(value.toString().trim()).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw refused("应为整数：" + value);
		}
	}

	/** A day entered in a form ({@code 2026-12-10}, also with a time part) or set as a date. */
	LocalDate day(String name, String label) {
		Object value = scope.getVariable(name);
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZONE).toLocalDate();
		}
		if (value == null || value.toString().isBlank()) {
			throw refused("请填写" + label);
		}
		String text = value.toString().trim();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw refused(label + "的日期格式不正确：" + text + "（应为 2026-12-10 形式）");
		}
	}

	OffsetDateTime instant(String name) {
		Object value = scope.getVariable(name);
		return value instanceof Date date ? date.toInstant().atZone(ZONE).toOffsetDateTime() : null;
	}

	void set(String name, Object value) {
		scope.setVariable(name, value);
	}

	/** Sets a deadline as a timer-ready {@code <name>At} date and a readable {@code <name>Date} text. */
	void deadline(String name, OffsetDateTime at) {
		scope.setVariable(name + "At", Date.from(at.toInstant()));
		scope.setVariable(name + "Date", DAY.format(at.atZoneSameInstant(ZONE)));
	}

	/** The case's officers named on its documents and told of its deadlines: its investigators, else the lead inspector. */
	List<String> officers() {
		List<String> ids = new ArrayList<>();
		for (String name : List.of("investigator1", "investigator2", "leadInspector")) {
			String id = text(name);
			if (id != null && !ids.contains(id) && (ids.size() < 2 || !name.equals("leadInspector"))) {
				ids.add(id);
			}
		}
		return ids.size() > 2 ? ids.subList(0, 2) : ids;
	}

	/** The user completing the step, or null when the engine runs it on its own (a timer). */
	static String actor(DelegateExecution execution) {
		String user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
				: execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
		return user;
	}

	/** The engine's clock, so that tests moving it forward move every deadline with it. */
	static OffsetDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toOffsetDateTime();
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	static String day(OffsetDateTime at) {
		return DAY.format(at.atZoneSameInstant(ZONE));
	}

	static BadUserRequestException refused(String message) {
		return new BadUserRequestException(message);
	}

}

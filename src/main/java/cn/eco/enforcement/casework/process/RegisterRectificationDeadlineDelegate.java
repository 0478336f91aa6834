package cn.eco.enforcement.casework.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import cn.eco.enforcement.casework.internal.Rectifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.ProcessEngineException;

import org.springframework.stereotype.Component;

/** Turns the inspector's deadline (a date) into the due instant the timer enforces: the end of that day. */
@Component
class RegisterRectificationDeadlineDelegate implements JavaDelegate {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Rectifications rectifications;

	RegisterRectificationDeadlineDelegate(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate deadline = deadlineOf(execution.getVariable("rectificationDeadline"));
		execution.setVariable("rectificationDueDate",
				Date.from(deadline.plusDays(1).atStartOfDay(CHINA).toInstant().minusSeconds(1)));
		rectifications.setDeadline(execution.getProcessInstanceId(),
				(String) execution.getVariable("rectificationRequirements"), deadline);
	}

	private static LocalDate deadlineOf(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(CHINA).toLocalDate();
		}
		if (value instanceof String text && text.length() >= 10) {
			return LocalDate.parse(text.substring(0, 10));
		}
		throw new ProcessEngineException("整改期限 rectificationDeadline 必须是日期（YYYY-MM-DD）：" + value);
	}

}

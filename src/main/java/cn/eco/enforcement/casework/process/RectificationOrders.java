package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import cn.eco.enforcement.casework.internal.SelfInspections;
import org.camunda.bpm.engine.BadUserRequestException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 责令整改 given in the loop's feedback: checked when the feedback is submitted, and tracked as a
 * rectification (with its requirements and deadline already set) once the squadron leader approves,
 * so it shows in the enterprise file and its deadline is watched.
 */
@Component
class RectificationOrders {

	private final SelfInspections rectifications;

	private final ZoneId zone;

	RectificationOrders(SelfInspections rectifications, @Value("${app.zone:Asia/Shanghai}") ZoneId zone) {
		this.rectifications = rectifications;
		this.zone = zone;
	}

	/** An order needs its requirements and a deadline from today on. */
	void check(LoopVariables loop, LocalDate today) {
		if (!loop.flag(RECTIFICATION_REQUIRED)) {
			return;
		}
		String order = loop.text(RECTIFICATION_ORDER);
		LocalDate deadline = deadlineOf(loop.raw(RECTIFICATION_DEADLINE));
		if (order == null || order.isBlank() || deadline == null) {
			throw new BadUserRequestException("责令整改须写明整改要求和整改期限");
		}
		if (deadline.isBefore(today)) {
			throw new BadUserRequestException("整改期限不能早于今天：" + deadline);
		}
	}

	/** Starts tracking the order once; a loop about no firm (a station) has nobody to order. */
	void startTracking(LoopVariables loop) {
		String firm = loop.text(ENTERPRISE_CODE);
		if (!loop.flag(RECTIFICATION_REQUIRED) || firm == null || loop.has(RECTIFICATION_PROCESS_INSTANCE_ID)) {
			return;
		}
		String problem = firstPresent(loop.text(FINDINGS), loop.text(VERIFICATION_FINDINGS), loop.text(FEEDBACK_SUMMARY));
		String id = rectifications.startOrderedRectification(firm, problem, "执法检查责令整改（告警 #" + loop.alarmId() + "）",
				loop.text(RECTIFICATION_ORDER), deadlineOf(loop.raw(RECTIFICATION_DEADLINE)), loop.alarmId());
		loop.set(RECTIFICATION_PROCESS_INSTANCE_ID, id);
	}

	LocalDate today() {
		return LocalDate.now(zone);
	}

	private LocalDate deadlineOf(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(zone).toLocalDate();
		}
		if (value instanceof String text && text.length() >= 10) {
			try {
				return LocalDate.parse(text.substring(0, 10));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new BadUserRequestException("整改期限须为日期（YYYY-MM-DD）：" + text);
			}
		}
		return null;
	}

	private static String firstPresent(String... texts) {
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		return "执法检查发现的问题";
	}

}

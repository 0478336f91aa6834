package cn.eco.enforcement.maintenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One finding of a third-party O&M inspection as the enterprise file shows it.
 *
 * @param alarmId the escalated alarm it opened (suspected falsification), or null
 */
public record OmFindingView(long id, String mn, FindingClass findingClass, String findingClassLabel, String item,
		String note, OffsetDateTime foundAt, LocalDate rectificationDeadline, String status, String statusLabel,
		Long alarmId) {
}

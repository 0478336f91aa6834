package cn.eco.enforcement.maintenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One finding of a third-party O&M inspection as the enterprise file shows it.
 *
 * @param alarmId the escalated alarm it opened (suspected falsification), or null
 * @param inspectionId the inspection that found it, or null for findings from the monitoring data
 * @param photoUrls the photos the inspector took for its checklist item ({@code /api/om-inspection/…})
 */
public record OmFindingView(long id, String mn, FindingClass findingClass, String findingClassLabel, String item,
		String note, OffsetDateTime foundAt, LocalDate rectificationDeadline, String status, String statusLabel,
		Long alarmId, Long inspectionId, List<String> photoUrls) {

	public OmFindingView {
		photoUrls = List.copyOf(photoUrls);
	}

}

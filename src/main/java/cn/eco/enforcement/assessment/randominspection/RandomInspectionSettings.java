package cn.eco.enforcement.assessment.randominspection;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the monthly random draw (双随机) samples: the share of each pool drawn per month, how
 * positive-list firms are treated, who counts as a special-supervision target, and who may be sent.
 *
 * @param keyRate share of the key-discharger pool drawn per month; at least this share of the firms
 * not on the positive list is drawn (rounded up)
 * @param ordinaryRate the same for ordinary dischargers
 * @param specialRate the same for special-supervision targets
 * @param positiveListExempt whether positive-list firms are left out altogether
 * @param positiveListFactor otherwise their rate is the pool's rate times this factor (expected
 * count, rounded at random so small pools are not always drawn)
 * @param specialViolations confirmed violations in the supervision window that make a firm special
 * @param specialComplaints complaints (信访投诉) within {@code specialComplaintMonths} that make a firm special
 * @param officerRoles staff roles that may be drawn (certified, available staff only)
 * @param cron when the monthly draw runs on its own ({@code -} switches it off)
 */
@ConfigurationProperties("app.random-inspection")
public record RandomInspectionSettings(@DefaultValue("0.1") double keyRate, @DefaultValue("0.05") double ordinaryRate,
		@DefaultValue("0.25") double specialRate,
		@DefaultValue("false") boolean positiveListExempt, @DefaultValue("0.5") double positiveListFactor,
		@DefaultValue("2") int specialViolations, @DefaultValue("3") int specialComplaints,
		@DefaultValue("12") int specialComplaintMonths,
		@DefaultValue({ "INSPECTOR", "SQUADRON_LEADER" }) List<String> officerRoles,
		@DefaultValue("0 0 6 1 * *") String cron) {

	Map<Pool, Double> rates() {
		return Map.of(Pool.KEY, keyRate, Pool.ORDINARY, ordinaryRate, Pool.SPECIAL, specialRate);
	}

}

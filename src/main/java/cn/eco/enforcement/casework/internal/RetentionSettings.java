package cn.eco.enforcement.casework.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the engine keeps the history of each process and decision after it ended (Camunda's
 * history time to live; the history clean-up removes it afterwards). Case files, enforcement loops
 * and the discretion decisions are administrative enforcement files and are kept at least
 * {@link #LEGAL_MINIMUM} (30 years): a shorter setting stops the start. Periods in years or months
 * count days from 2000-01-01, so {@code P30Y} is 10,958 days.
 *
 * @param caseFiles {@code case-filing}
 * @param enforcementLoops {@code enforcement-loop}
 * @param penaltyDiscretion the {@code penalty-discretion} decision table
 * @param deploymentApprovals {@code deployment-approval} (who approved which deployment)
 * @param positiveListReviews {@code positive-list-removal}
 * @param randomInspections {@code random-inspection}
 * @param rectifications {@code rectification}
 * @param selfInspections {@code self-inspection}
 */
@ConfigurationProperties("app.retention")
public record RetentionSettings(@DefaultValue("P10950D") Period caseFiles, @DefaultValue("P10950D") Period enforcementLoops,
		@DefaultValue("P10950D") Period penaltyDiscretion, @DefaultValue("P3650D") Period deploymentApprovals,
		@DefaultValue("P1825D") Period positiveListReviews, @DefaultValue("P1825D") Period randomInspections,
		@DefaultValue("P1825D") Period rectifications, @DefaultValue("P1825D") Period selfInspections) {

	/** 30 years of 365 days. */
	public static final int LEGAL_MINIMUM = 10950;

	private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

	public RetentionSettings {
		atLeastLegalMinimum("case-files", caseFiles);
		atLeastLegalMinimum("enforcement-loops", enforcementLoops);
		atLeastLegalMinimum("penalty-discretion", penaltyDiscretion);
	}

	/** Days to keep by process definition key. */
	public Map<String, Integer> processDays() {
		Map<String, Integer> days = new LinkedHashMap<>();
		days.put("case-filing", days(caseFiles));
		days.put("enforcement-loop", days(enforcementLoops));
		days.put("deployment-approval", days(deploymentApprovals));
		days.put("positive-list-removal", days(positiveListReviews));
		days.put("random-inspection", days(randomInspections));
		days.put("rectification", days(rectifications));
		days.put("self-inspection", days(selfInspections));
		return days;
	}

	/** Days to keep by decision definition key. */
	public Map<String, Integer> decisionDays() {
		return Map.of("penalty-discretion", days(penaltyDiscretion));
	}

	static int days(Period period) {
		return Math.toIntExact(ChronoUnit.DAYS.between(REFERENCE, REFERENCE.plus(period)));
	}

	private static void atLeastLegalMinimum(String name, Period period) {
		if (period == null || days(period) < LEGAL_MINIMUM) {
			throw new IllegalArgumentException("app.retention." + name + " 不得短于 30 年（P" + LEGAL_MINIMUM
					+ "D）：执法案卷须按法定期限保存 (must be at least P" + LEGAL_MINIMUM + "D), was " + period);
		}
	}

}

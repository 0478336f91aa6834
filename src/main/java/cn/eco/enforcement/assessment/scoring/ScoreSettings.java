package cn.eco.enforcement.assessment.scoring;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the closed-loop assessment (考核) scores a month and when it raises a flag.
 *
 * @param signForWeight weight of signing for in time
 * @param handlingWeight weight of handling (or verifying off site) in time
 * @param reworkWeight weight of loops the squadron leader did not send back
 * @param feedbackWeight weight of complete records and feedback
 * @param flagPenalty points taken off the 100-point score per failure-pattern flag
 * @param exceedanceFollowUpDays how many days after a "no problem" review further exceedances of the
 * firm raise a flag
 * @param filedStaleAfter how long a case may stay merely filed before it counts as not pursued
 */
@ConfigurationProperties("app.assessment")
public record ScoreSettings(@DefaultValue("30") double signForWeight, @DefaultValue("30") double handlingWeight,
		@DefaultValue("20") double reworkWeight, @DefaultValue("20") double feedbackWeight,
		@DefaultValue("5") double flagPenalty, @DefaultValue("7") int exceedanceFollowUpDays,
		@DefaultValue("P60D") Period filedStaleAfter) {

	double totalWeight() {
		return signForWeight + handlingWeight + reworkWeight + feedbackWeight;
	}

}

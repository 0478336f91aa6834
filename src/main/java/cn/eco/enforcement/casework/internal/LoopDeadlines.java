package cn.eco.enforcement.casework.internal;

import java.time.Duration;
import java.time.Period;

import cn.eco.enforcement.supervision.DeadlinePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the loop and of filing approval. Which of them a loop gets the deadline rules decide
 * ({@code rules/deadlines/loop-deadlines.drl}): escalated alarms the shorter ones, straw burning in
 * the burning season its own.
 *
 * @param signFor time to sign for a dispatched alarm
 * @param escalatedSignFor the same for an escalated alarm
 * @param handling time from dispatch to finished handling or verification
 * @param escalatedHandling the same for an escalated alarm
 * @param filingApproval time for the filing decision (立案审批) on a case lead
 * @param strawBurning deadlines of straw-burning alarms in the burning season
 */
@ConfigurationProperties("app.deadlines")
public record LoopDeadlines(@DefaultValue("PT2H") Duration signFor, @DefaultValue("PT30M") Duration escalatedSignFor,
		@DefaultValue("P3D") Duration handling, @DefaultValue("P1D") Duration escalatedHandling,
		@DefaultValue("P15D") Period filingApproval, @DefaultValue StrawBurning strawBurning) {

	/**
	 * Straw burning (秸秆焚烧) in the burning season: sign for it within {@code signFor} and be on site
	 * within {@code reachSite} of dispatch.
	 *
	 * @param burningSeasons {@code MM-DD/MM-DD}, comma separated (Hubei's summer and autumn harvests by default)
	 */
	public record StrawBurning(@DefaultValue("PT30M") Duration signFor, @DefaultValue("PT2H") Duration reachSite,
			@DefaultValue("05-15/06-30,09-15/11-30") String burningSeasons) {
	}

	/** The values the deadline rules choose from. */
	public DeadlinePolicy policy() {
		return new DeadlinePolicy(signFor, handling, escalatedSignFor, escalatedHandling, strawBurning.signFor(),
				strawBurning.reachSite(), DeadlinePolicy.parseSeasons(strawBurning.burningSeasons()));
	}

}

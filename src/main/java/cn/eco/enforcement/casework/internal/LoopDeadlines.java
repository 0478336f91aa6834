package cn.eco.enforcement.casework.internal;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the loop and of filing approval. Escalated alarms get the shorter ones.
 *
 * @param signFor time to sign for a dispatched alarm
 * @param escalatedSignFor the same for an escalated alarm
 * @param handling time from dispatch to finished handling or verification
 * @param escalatedHandling the same for an escalated alarm
 * @param filingApproval time for the filing decision (立案审批) on a case lead
 */
@ConfigurationProperties("app.deadlines")
public record LoopDeadlines(@DefaultValue("PT2H") Duration signFor, @DefaultValue("PT30M") Duration escalatedSignFor,
		@DefaultValue("P3D") Duration handling, @DefaultValue("P1D") Duration escalatedHandling,
		@DefaultValue("P15D") Period filingApproval) {
}

package cn.eco.enforcement.supervision.internal;

import java.time.Duration;

/** Deadlines a rule proposes for a loop; the shortest of each wins. Public only for the rule compiler. */
public record DeadlineProposal(Duration signFor, Duration handling, String reason) {
}

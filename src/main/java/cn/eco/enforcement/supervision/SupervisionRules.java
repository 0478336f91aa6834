package cn.eco.enforcement.supervision;

/** Decides, with the DRL rules under {@code rules/}, how an alarm is supervised and who gets it. */
public interface SupervisionRules {

	/** The differentiated-supervision mode for one alarm. */
	SupervisionDecision decideMode(SupervisionCase alarm);

	/**
	 * The sign-for and handling deadlines of one alarm's loop (e.g. straw burning in the burning
	 * season: reach the place within two hours), chosen by the rules from the policy's values.
	 */
	LoopDeadlineDecision decideDeadlines(DeadlineCase alarm, DeadlinePolicy policy);

	/** The grid assignment for one alarm. */
	GridAssignment assign(AssignmentCase alarm);

	/**
	 * The supervision mode, the grid assignment and the deadlines of one alarm's loop, decided in one
	 * rules session (cheaper than three; the same rules fire with the same labels as in
	 * {@link #decideMode}, {@link #assign} and {@link #decideDeadlines}). The deadline facts depend
	 * on the supervision decision (an escalated alarm gets shorter deadlines).
	 */
	LoopDecision decideLoop(SupervisionCase alarm, AssignmentCase assignment,
			java.util.function.Function<SupervisionDecision, DeadlineCase> deadlineCase, DeadlinePolicy policy);

	/** Whether an event should propose removing the firm from the positive list. */
	java.util.Optional<RemovalProposal> proposeRemoval(RemovalTrigger trigger);

}

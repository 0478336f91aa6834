package cn.eco.enforcement.assessment.scoring;

/**
 * The closed-loop assessment of an inspector or squadron for a month, over the loops reviewed in it.
 *
 * @param unit inspector login id or squadron code
 * @param loops loops reviewed in the month
 * @param avgSignForMinutes average minutes from dispatch to sign-for (null without data)
 * @param avgHandlingMinutes average minutes from dispatch to handled or verified (null without data)
 * @param overdueCount sign-for and handling deadlines missed
 * @param reworkCount times the squadron leader sent work back
 * @param feedbackCompleteRate share of loops with a complete record and feedback (0–1)
 * @param flags failure-pattern flags of the month
 * @param score 0–100: weighted shares of on-time sign-for, on-time handling, loops without rework
 * and complete feedback, less the flag penalty
 */
public record LoopScore(String unit, long loops, Double avgSignForMinutes, Double avgHandlingMinutes,
		long overdueCount, long reworkCount, double feedbackCompleteRate, long flags, double score) {
}

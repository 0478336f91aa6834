package cn.eco.enforcement.supervision;

/**
 * Everything the rules decide for one alarm's loop, from one rules session: how it is supervised,
 * who gets it, and its deadlines.
 */
public record LoopDecision(SupervisionDecision supervision, GridAssignment assignment, LoopDeadlineDecision deadlines) {
}

package cn.eco.enforcement.supervision;

/**
 * The configurable thresholds the supervision rules apply.
 *
 * @param repeatViolationThreshold confirmed violations within the window that make a repeat
 * violator
 * @param seriousExceedanceRatio observed/limit ratio from which an alarm is serious
 */
public record SupervisionPolicy(int repeatViolationThreshold, double seriousExceedanceRatio) {
}

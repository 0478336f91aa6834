package cn.eco.enforcement.supervision;

/**
 * The facts the deadline rules judge for one alarm's loop.
 *
 * @param sourceType where the alarm came from (e.g. STRAW_BURNING)
 * @param escalated whether the supervision rules escalated it
 * @param observedMonthDay the day it was observed, local time, as month × 100 + day (e.g. 1015 for
 * 15 October): the burning season is judged on it
 */
public record DeadlineCase(String sourceType, boolean escalated, int observedMonthDay) {
}

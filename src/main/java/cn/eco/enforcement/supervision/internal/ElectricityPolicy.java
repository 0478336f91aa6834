package cn.eco.enforcement.supervision.internal;

/** The electricity rules' tunable: minutes a treatment stop must last while production runs. */
public record ElectricityPolicy(int minMinutes) {
}

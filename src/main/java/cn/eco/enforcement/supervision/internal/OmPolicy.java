package cn.eco.enforcement.supervision.internal;

/** The repeat threshold for irregular O&amp;M, from {@code app.om-inspection.irregular-operation-threshold}. */
public record OmPolicy(int irregularOperationThreshold) {
}

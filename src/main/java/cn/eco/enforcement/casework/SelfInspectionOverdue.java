package cn.eco.enforcement.casework;

/** A firm has not filled in its self-inspection by the due date; its responsible inspector is told. */
public record SelfInspectionOverdue(String enterpriseCode, String enterpriseName, String responsibleInspector) {
}

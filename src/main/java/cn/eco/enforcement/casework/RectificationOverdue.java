package cn.eco.enforcement.casework;

/** A rectification passed its deadline unfinished; the inspector and the squadron leader are told. */
public record RectificationOverdue(String enterpriseCode, String enterpriseName, String responsibleInspector,
		String squadronLeader, String problem) {
}

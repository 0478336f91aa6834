package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/** A validated request to declare a start-up or shutdown period [from, to) for a device. */
public record DeclareCondition(String mn, ConditionDeclarationKind kind, OffsetDateTime from, OffsetDateTime to,
		String note, String declaredBy) {
}

package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/**
 * A start-up or shutdown period declared for a device, [from, to), with who declared it and when.
 * Declarations are append-only: a correction is a new declaration.
 */
public record ConditionDeclarationView(long id, String mn, ConditionDeclarationKind kind, String kindLabel,
		OffsetDateTime from, OffsetDateTime to, String note, String declaredBy, OffsetDateTime declaredAt) {
}

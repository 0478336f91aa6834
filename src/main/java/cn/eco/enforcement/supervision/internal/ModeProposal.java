package cn.eco.enforcement.supervision.internal;

import cn.eco.enforcement.supervision.SupervisionMode;

/** A supervision mode a rule proposes; the strongest proposal wins. Public only for the rule compiler. */
public record ModeProposal(SupervisionMode mode, String reason) {
}

package cn.eco.enforcement.grid;

import java.util.List;

/** A branch bureau (分局) with the squadrons under its brigade(s), ordered by code. */
public record BranchBureau(String code, String name, List<String> squadronCodes) {
}

package cn.eco.enforcement.enterprise;

/** What an import did: rows that created a new enterprise and rows that updated one. */
public record ImportResult(int created, int updated) {
}

package cn.eco.enforcement.grid;

/**
 * A township or street (乡镇/街道) and the squadron whose grid it belongs to.
 *
 * @param hasBoundary whether its boundary is on record, so that places can be found in it
 */
public record Township(String code, String name, String squadronCode, boolean hasBoundary) {
}

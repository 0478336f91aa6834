package cn.eco.enforcement.grid;

import java.util.List;

/**
 * The outcome of importing township boundaries: the townships whose boundary was stored (new or
 * replaced), in the order of the file.
 */
public record BoundaryImport(int imported, List<String> townshipCodes, String source) {
}

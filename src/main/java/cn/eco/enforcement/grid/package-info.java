/**
 * The three-level enforcement grid: city bureau → branch bureau → brigade → squadron, the
 * townships each squadron covers, the staff of each unit and the ambient monitoring stations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid")
package cn.eco.enforcement.grid;

package cn.eco.enforcement.tools.simulator;

import static cn.eco.enforcement.tools.simulator.FactorProfile.of;

import java.util.List;

/**
 * Wastewater factors for benchmark packets, in the order {@code --factors} takes them. Only COD
 * (w01018) has a limit on the benchmark devices (1000 mg/L), so normal data raise no alarm. Fourteen
 * factors with -Min/-Avg/-Max/-Flag are about as many as fit in the standard's 1024-byte data segment.
 */
final class BenchFactors {

	static final List<FactorProfile> ALL = List.of(
			of("w01018", 30, 3, 1),
			of("w21003", 1.5, 0.2, 2),
			of("w01001", 7.2, 0.1, 2),
			of("w00000", 15, 1.5, 2).cumulative(0.001),
			of("w21011", 0.3, 0.04, 3),
			of("w21001", 9, 0.8, 2),
			of("w01010", 22, 0.5, 1),
			of("w20122", 0.05, 0.008, 3),
			of("w20116", 0.02, 0.004, 3),
			of("w20117", 0.004, 0.001, 4),
			of("w01012", 12, 1.5, 1),
			of("w01017", 8, 1, 1),
			of("w01020", 10, 1, 1),
			of("w01019", 3, 0.3, 2));

	static final double COD_LIMIT = 1000;

	static final double COD_EXCEEDANCE = 2000;

	private BenchFactors() {
	}

}

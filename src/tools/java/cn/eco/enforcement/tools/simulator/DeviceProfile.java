package cn.eco.enforcement.tools.simulator;

import java.util.List;

/**
 * A simulated data logger.
 *
 * @param mn the device id registered on the platform
 * @param st the HJ 212 system code it sends
 * @param description what it is, for the tool's output
 * @param factors what it measures
 */
record DeviceProfile(String mn, String st, String description, List<FactorProfile> factors) {

	DeviceProfile {
		factors = List.copyOf(factors);
	}

}

package cn.eco.enforcement.monitoring;

/**
 * Who hears first of a logger whose parameters differ from the registry: the O&M side opens a finding
 * for the device's contract. Implemented outside this module (maintenance depends on monitoring, not
 * the other way round); when nobody takes it, monitoring raises an alarm of its own.
 */
public interface LoggerMismatchFindings {

	/**
	 * Opens a finding for the O&M contract covering the device today.
	 * @return whether a contract covers the device (and so a finding is open for it)
	 */
	boolean open(LoggerParametersDiffer mismatch);

}

package cn.eco.enforcement.monitoring;

import java.time.Instant;
import java.util.List;

/** Devices, their readings and the conditions detected in them. */
public interface MonitoringApi {

	/**
	 * Registers or updates a device (and its password, when the MN is known) together with its permit
	 * limits, all or nothing: when any part fails, the device and its limits stay as they were.
	 * @throws cn.eco.enforcement.shared.InvalidInputException if the enterprise or station is unknown
	 */
	DeviceView registerDevice(RegisterDevice device, List<PermitLimit> limits);

	/** A device without permit limits (an ambient station's analyser, a power meter). */
	default DeviceView registerDevice(RegisterDevice device) {
		return registerDevice(device, List.of());
	}

	/**
	 * Stores a device's readings (once: repeats are skipped) and runs detection on them.
	 * @throws DeviceRejectedException for an unknown device or a wrong password
	 */
	IngestResult ingest(ReadingBatch batch);

	/** The device's readings observed in [from, to), oldest first. */
	List<ReadingView> readings(String mn, Instant from, Instant to, int limit);

	/** The device's readings of one period (its hourly or daily aggregates, say) observed in [from, to), oldest first. */
	List<ReadingView> readings(String mn, Period period, Instant from, Instant to, int limit);

	/**
	 * Sends an HJ 212-2025 logger a new SM4 key (CN 1014) over its connection to this node; the new key
	 * comes into force when the logger confirms it, and the old one stays valid until then.
	 * @throws cn.eco.enforcement.shared.InvalidInputException for an unknown device
	 * @throws KeyRotationRefusedException when the device has no key or its logger is not connected here
	 */
	KeyRotationView rotateKey(String mn);

	/**
	 * Registers or updates a production or treatment facility of the enterprise for electricity
	 * monitoring; a treatment facility's {@code treats} replace those it had.
	 * @throws cn.eco.enforcement.shared.InvalidInputException (field {@code mn}) when the logger is not a
	 * registered device of the enterprise, (field {@code treats}) when a served facility is no
	 * production facility of the enterprise, (field {@code code}) when a production facility that a
	 * treatment facility serves would become a treatment facility
	 */
	Facility registerFacility(String enterpriseCode, Facility facility);

	/** The enterprise's facilities under electricity monitoring, by code. */
	List<Facility> facilities(String enterpriseCode);

	/** Every registered device. */
	List<DeviceView> devices();

	/** The registered device with this MN, if any. */
	java.util.Optional<DeviceView> device(String mn);

	/**
	 * The latest logger information (CN 3020) of a device, per analyser and information code.
	 * @return empty when the device is not registered
	 */
	java.util.Optional<List<LoggerInfoView>> loggerInfo(String mn);

	/** The latest hourly (else minute, else real-time) value of each limited factor of the firm's outlets. */
	List<LatestValue> latestValues(String enterpriseCode);

}

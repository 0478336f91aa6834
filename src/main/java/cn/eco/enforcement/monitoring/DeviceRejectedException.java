package cn.eco.enforcement.monitoring;

/** A device is unknown or sent the wrong password; nothing of the batch is stored. */
public class DeviceRejectedException extends RuntimeException {

	private final boolean unknownDevice;

	public DeviceRejectedException(boolean unknownDevice, String message) {
		super(message);
		this.unknownDevice = unknownDevice;
	}

	/** True for an unknown MN, false for a wrong password. */
	public boolean unknownDevice() {
		return unknownDevice;
	}

}

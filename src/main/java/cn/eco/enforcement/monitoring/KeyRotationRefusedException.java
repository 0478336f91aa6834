package cn.eco.enforcement.monitoring;

/**
 * A key rotation that cannot start now: the device has no key in force, or its logger is not
 * connected to this node. Nothing was changed.
 */
public class KeyRotationRefusedException extends RuntimeException {

	public KeyRotationRefusedException(String message) {
		super(message);
	}

}

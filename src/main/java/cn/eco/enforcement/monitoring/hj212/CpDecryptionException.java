package cn.eco.enforcement.monitoring.hj212;

/** An encrypted data area that does not decrypt under the device's key and settings. */
public class CpDecryptionException extends RuntimeException {

	CpDecryptionException(String message) {
		super(message);
	}

}

package cn.eco.enforcement.monitoring.hj212;

/**
 * A data segment that cannot be used as a packet.
 */
public class Hj212ParseException extends RuntimeException {

	private final Hj212Rejection.Reason reason;

	/**
	 * Creates the exception.
	 * @param reason why the packet is unusable
	 * @param message what exactly was found
	 */
	public Hj212ParseException(Hj212Rejection.Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * Why the packet is unusable.
	 * @return the reason
	 */
	public Hj212Rejection.Reason reason() {
		return reason;
	}

	/**
	 * The failure as the rejection the receiver records.
	 * @return reason and message
	 */
	public Hj212Rejection rejection() {
		return new Hj212Rejection(reason, getMessage());
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import cn.eco.enforcement.monitoring.hj212.Hj212FrameDecoder;

/**
 * The real {@link Hj212FrameDecoder}, unchanged, with its cumulation buffer made visible through
 * Netty's own accessors so the fuzz checks can see how many bytes it holds.
 */
final class MeasuredDecoder extends Hj212FrameDecoder {

	MeasuredDecoder(int maxDataLength) {
		super(maxDataLength);
	}

	/** Received bytes waiting for the rest of a frame. */
	int bufferedBytes() {
		return actualReadableBytes();
	}

	/** The capacity of the cumulation buffer, read or not. */
	int bufferCapacity() {
		return internalBuffer().capacity();
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import cn.eco.enforcement.monitoring.hj212.Hj212FrameDecoder;

/**
 * The real {@link Hj212FrameDecoder}, unchanged, with its cumulation buffer's capacity made visible
 * through Netty's own accessor (the bytes it holds are public: {@code bufferedBytes()}).
 */
final class MeasuredDecoder extends Hj212FrameDecoder {

	MeasuredDecoder(int maxDataLength) {
		super(maxDataLength);
	}

	/** The capacity of the cumulation buffer, read or not. */
	int bufferCapacity() {
		return internalBuffer().capacity();
	}

}

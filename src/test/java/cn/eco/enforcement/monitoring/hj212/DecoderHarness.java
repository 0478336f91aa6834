package cn.eco.enforcement.monitoring.hj212;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * An {@link Hj212FrameDecoder} on an embedded channel, fed with bytes and drained of what it emits.
 */
final class DecoderHarness {

	final Hj212FrameDecoder decoder;

	private final EmbeddedChannel channel;

	DecoderHarness() {
		this(new Hj212FrameDecoder());
	}

	DecoderHarness(Hj212FrameDecoder decoder) {
		this.decoder = decoder;
		this.channel = new EmbeddedChannel(decoder);
	}

	List<Object> receive(String text) {
		return receive(Hj212Samples.bytes(text));
	}

	List<Object> receive(byte[] bytes) {
		channel.writeInbound(Unpooled.wrappedBuffer(bytes));
		return drain();
	}

	List<Object> receiveByteByByte(String text) {
		List<Object> out = new ArrayList<>();
		for (byte b : Hj212Samples.bytes(text)) {
			out.addAll(receive(new byte[] { b }));
		}
		return out;
	}

	/** Closes the connection and returns what the decoder emits for the bytes it still held. */
	List<Object> close() {
		channel.finish();
		List<Object> out = drain();
		channel.finishAndReleaseAll();
		return out;
	}

	private List<Object> drain() {
		List<Object> out = new ArrayList<>();
		for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
			out.add(message);
		}
		return out;
	}

	static Hj212Frame frame(String data, String crc) {
		return new Hj212Frame(Hj212Samples.bytes(data), crc);
	}

	/** The rejection reason's name, or "frame". */
	static String kind(Object message) {
		return (message instanceof Hj212Rejection rejection) ? rejection.reason().name() : "frame";
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * Feeds a stream, read by read, to a real decoder on an {@link EmbeddedChannel}, then closes the
 * connection. Records everything the decoder emits, the most bytes it held after any read, and
 * whatever was thrown out of the pipeline.
 *
 * @param out the decoder's messages in order ({@code Hj212Frame} or {@code Hj212Rejection})
 * @param maxBuffered the most readable bytes held after a read
 * @param maxCapacity the largest cumulation buffer capacity seen
 * @param leftAfterClose readable bytes still held after the connection closed
 * @param failure what escaped the pipeline, or null
 */
record DecoderRun(List<Object> out, int maxBuffered, int maxCapacity, int leftAfterClose, Throwable failure) {

	static DecoderRun feed(int maxDataLength, byte[] stream, int[] readEnds) {
		MeasuredDecoder decoder = new MeasuredDecoder(maxDataLength);
		EmbeddedChannel channel = new EmbeddedChannel(decoder);
		List<Object> out = new ArrayList<>();
		int maxBuffered = 0;
		int maxCapacity = 0;
		try {
			int from = 0;
			for (int end : readEnds) {
				channel.writeInbound(Unpooled.copiedBuffer(stream, from, end - from));
				drain(channel, out);
				maxBuffered = Math.max(maxBuffered, decoder.bufferedBytes());
				maxCapacity = Math.max(maxCapacity, decoder.bufferCapacity());
				from = end;
			}
			channel.finish();
			drain(channel, out);
			return new DecoderRun(out, maxBuffered, maxCapacity, decoder.bufferedBytes(), null);
		}
		catch (Throwable ex) {
			channel.finishAndReleaseAll();
			return new DecoderRun(out, maxBuffered, maxCapacity, -1, ex);
		}
	}

	private static void drain(EmbeddedChannel channel, List<Object> out) {
		for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
			out.add(message);
		}
	}

}

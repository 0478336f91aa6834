package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.DecoderHarness.frame;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.SECOND_CHECK;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.SECOND_FRAME;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.WORKED_EXAMPLE;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.WORKED_FRAME;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input on a connection: the good frames around it still come out, and memory stays bounded.
 */
class Hj212FrameDecoderResyncTests {

	private static final int BOUND = 2 * (1024 + 12);

	private final DecoderHarness harness = new DecoderHarness();

	@AfterEach
	void closeConnection() {
		harness.close();
	}

	@Test
	void skipsGarbageBeforeBetweenAndAfterFrames() {
		List<Object> out = harness.receive("\r\nnoise#" + WORKED_FRAME + "junk" + SECOND_FRAME + "tail");
		out.addAll(harness.close());

		assertThat(out).extracting(DecoderHarness::kind)
			.containsExactly("GARBAGE", "frame", "GARBAGE", "frame", "GARBAGE");
		assertThat(((Hj212Rejection) out.get(2)).detail()).contains("4 bytes", "junk");
	}

	@Test
	void reportsAPacketSentWithoutItsHeaderAsSoonAsItsLineEndsWithTheLineItself() {
		String headerless = WORKED_FRAME.substring("##0000".length());

		List<Object> out = harness.receive(headerless);

		assertThat(out).singleElement().satisfies(rejection -> {
			assertThat(DecoderHarness.kind(rejection)).isEqualTo("GARBAGE");
			assertThat(((Hj212Rejection) rejection).input()).isEqualTo(headerless);
		});
		assertThat(harness.receive(SECOND_FRAME)).last().isEqualTo(frame(SECOND_CHECK, "0140"));
	}

	@Test
	void keepsTheBufferBoundedUnderAFloodOfGarbage() {
		List<Object> out = flood((byte) 'x');

		assertThat(out).isNotEmpty().allSatisfy((o) -> assertThat(DecoderHarness.kind(o)).isEqualTo("GARBAGE"));
		assertThat(harness.receive(SECOND_FRAME)).last().isEqualTo(frame(SECOND_CHECK, "0140"));
	}

	@Test
	void keepsTheBufferBoundedWhenGarbageFollowsABadHeader() {
		List<Object> out = harness.receive("##9999");
		out.addAll(flood((byte) '9'));

		assertThat(out).first().extracting(DecoderHarness::kind).isEqualTo("TOO_LONG");
		assertThat(harness.receive(SECOND_FRAME)).last().isEqualTo(frame(SECOND_CHECK, "0140"));
	}

	@Test
	void reportsAFrameCutOffByTheConnectionClosing() {
		harness.receive(WORKED_FRAME.substring(0, 50));

		assertThat(harness.close()).extracting(DecoderHarness::kind).containsExactly("TRUNCATED");
	}

	@Test
	void decodesEveryGoodFrameAmidRandomGarbageInRandomPieces() {
		Random random = new Random(212);
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		List<Object> expected = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			stream.writeBytes(garbage(random));
			String data = (i % 2 == 0) ? WORKED_EXAMPLE : SECOND_CHECK;
			stream.writeBytes(bytes(Hj212Messages.frame(data)));
			expected.add(frame(data, (i % 2 == 0) ? "1C80" : "0140"));
		}

		List<Object> out = receiveInRandomPieces(stream.toByteArray(), random);

		assertThat(out).filteredOn(Hj212Frame.class::isInstance).containsExactlyElementsOf(expected);
	}

	private List<Object> flood(byte filler) {
		byte[] chunk = new byte[1000];
		Arrays.fill(chunk, filler);
		List<Object> out = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			out.addAll(harness.receive(chunk));
			assertThat(harness.decoder.bufferedBytes()).isLessThanOrEqualTo(BOUND);
		}
		return out;
	}

	private List<Object> receiveInRandomPieces(byte[] all, Random random) {
		List<Object> out = new ArrayList<>();
		for (int at = 0; at < all.length;) {
			int size = Math.min(1 + random.nextInt(300), all.length - at);
			out.addAll(harness.receive(Arrays.copyOfRange(all, at, at + size)));
			at += size;
		}
		return out;
	}

	private static byte[] garbage(Random random) {
		byte[] alphabet = bytes("##0123456789ABCDEF&=;\r\n x设");
		byte[] garbage = new byte[random.nextInt(40)];
		for (int i = 0; i < garbage.length; i++) {
			garbage[i] = alphabet[random.nextInt(alphabet.length)];
		}
		return garbage;
	}

}

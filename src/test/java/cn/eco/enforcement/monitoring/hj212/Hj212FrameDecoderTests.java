package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.DecoderHarness.frame;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.SECOND_CHECK;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.SECOND_FRAME;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.WORKED_EXAMPLE;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.WORKED_FRAME;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Hj212FrameDecoderTests {

	private static final String CHINESE = "ST=32;CN=3020;PW=123456;MN=88888880000001;Flag=4;CP=&&Remark=进水口堵塞，已清理&&";

	private static final String CHINESE_CRC = Hj212Crc.hex(Hj212Crc.of(bytes(CHINESE)));

	private final DecoderHarness harness = new DecoderHarness();

	@AfterEach
	void closeConnection() {
		harness.close();
	}

	@Test
	void decodesOneFrame() {
		List<Object> out = harness.receive(WORKED_FRAME);

		assertThat(out).containsExactly(frame(WORKED_EXAMPLE, "1C80"));
		assertThat(((Hj212Frame) out.get(0)).crcValid(EnumSet.of(CrcVariant.STANDARD))).isTrue();
	}

	@Test
	void decodesTwoFramesFromOneRead() {
		assertThat(harness.receive(WORKED_FRAME + SECOND_FRAME)).containsExactly(frame(WORKED_EXAMPLE, "1C80"),
				frame(SECOND_CHECK, "0140"));
	}

	@Test
	void decodesFramesArrivingByteByByte() {
		assertThat(harness.receiveByteByByte(WORKED_FRAME + SECOND_FRAME))
			.containsExactly(frame(WORKED_EXAMPLE, "1C80"), frame(SECOND_CHECK, "0140"));
		assertThat(harness.decoder.bufferedBytes()).isZero();
	}

	@Test
	void rejectsALengthFieldThatIsNotFourDigits() {
		assertThat(harness.receive("##01a1" + WORKED_EXAMPLE + "1C80\r\n" + SECOND_FRAME))
			.extracting(DecoderHarness::kind)
			.containsExactly("BAD_LENGTH", "frame");
	}

	@Test
	void rejectsALengthShorterThanTheDataSegment() {
		assertThat(harness.receive("##0099" + WORKED_EXAMPLE + "1C80\r\n" + SECOND_FRAME))
			.extracting(DecoderHarness::kind)
			.containsExactly("BAD_LENGTH", "frame");
	}

	@Test
	void rejectsALengthLongerThanTheFrameWithoutWaitingForMoreData() {
		assertThat(harness.receive("##0110" + WORKED_EXAMPLE + "1C80\r\n")).extracting(DecoderHarness::kind)
			.containsExactly("BAD_LENGTH");
		assertThat(harness.receive(SECOND_FRAME)).containsExactly(frame(SECOND_CHECK, "0140"));
	}

	@Test
	void rejectsAnOversizedFrame() {
		String big = "ST=32;CN=2011;MN=88888880000001;CP=&&" + "w01018-Rtd=1.0;".repeat(80) + "&&";

		List<Object> out = harness.receive(Hj212Messages.frame(big) + SECOND_FRAME);

		assertThat(bytes(big).length).isGreaterThan(1024);
		assertThat(out).extracting(DecoderHarness::kind).containsExactly("TOO_LONG", "frame");
	}

	@Test
	void rejectsAFrameOverAConfiguredMaximum() {
		DecoderHarness small = new DecoderHarness(new Hj212FrameDecoder(100));

		assertThat(small.receive(WORKED_FRAME + SECOND_FRAME)).extracting(DecoderHarness::kind)
			.containsExactly("TOO_LONG", "frame");
		small.close();
	}

	@Test
	void rejectsABadTrailer() {
		assertThat(harness.receive("##0101" + WORKED_EXAMPLE + "1C80\r\r" + SECOND_FRAME))
			.extracting(DecoderHarness::kind)
			.containsExactly("BAD_TRAILER", "frame");
	}

	@Test
	void acceptsABareLineFeedAsLineEnd() {
		assertThat(harness.receive("##0101" + WORKED_EXAMPLE + "1C80\n" + SECOND_FRAME))
			.containsExactly(frame(WORKED_EXAMPLE, "1C80"), frame(SECOND_CHECK, "0140"));
	}

	@Test
	void acceptsALengthCountedInCharactersOrInBytes() {
		String byCharacters = String.format("##%04d", CHINESE.length()) + CHINESE + CHINESE_CRC + "\r\n";

		List<Object> out = harness.receive(byCharacters + Hj212Messages.frame(CHINESE) + SECOND_FRAME);

		assertThat(CHINESE.length()).isLessThan(bytes(CHINESE).length);
		assertThat(out).containsExactly(new Hj212Frame(bytes(CHINESE), CHINESE_CRC, true), frame(CHINESE, CHINESE_CRC),
				frame(SECOND_CHECK, "0140"));
		assertThat(((Hj212Frame) out.get(0)).lengthInCharacters()).as("marked, for HJ 212-2025 counts bytes").isTrue();
		assertThat(((Hj212Frame) out.get(1)).lengthInCharacters()).isFalse();
	}

	@Test
	void acceptsACharacterCountedFrameArrivingByteByByte() {
		String byCharacters = String.format("##%04d", CHINESE.length()) + CHINESE + CHINESE_CRC + "\r\n";

		assertThat(harness.receiveByteByByte(byCharacters + SECOND_FRAME))
			.containsExactly(new Hj212Frame(bytes(CHINESE), CHINESE_CRC, true), frame(SECOND_CHECK, "0140"));
	}

}

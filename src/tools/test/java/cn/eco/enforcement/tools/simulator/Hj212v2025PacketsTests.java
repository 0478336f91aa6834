package cn.eco.enforcement.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import cn.eco.enforcement.monitoring.hj212.CpArea;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import cn.eco.enforcement.monitoring.hj212.CpDecryptionException;
import cn.eco.enforcement.monitoring.hj212.CrcVariant;
import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import cn.eco.enforcement.monitoring.hj212.ProtocolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark's HJ 212-2025 packets as the platform's codec reads them: 24-hex MN, Flag=9, the
 * length in UTF-8 bytes, a valid CRC over the encrypted segment, and a data area that decrypts with
 * the device's key to the readings it was built from; under another key it does not.
 */
class Hj212v2025PacketsTests {

	private static final List<FactorProfile> FACTORS = BenchFactors.ALL.subList(0, 10);

	@ParameterizedTest
	@EnumSource(Padding.class)
	void aBenchmark2025PacketDecryptsWithTheDeviceKeyAndPassesTheChecks(Padding padding) {
		for (Encoding encoding : EnumSet.of(Encoding.BASE64, Encoding.HEX)) {
			CpCipher cipher = cipher(Hj212Benchmark.SM4_KEY, encoding, padding);
			List<FactorProfile> factors = encoding == Encoding.HEX ? FACTORS.subList(0, 5) : FACTORS;
			String mn = "BE2025" + String.format("%018X", 7);
			String frame = new BenchDevice(mn, "123456", cipher).minutePacket(factors, new SplittableRandom(1))
				.frame("20261128230000001");

			String segment = checkedSegment(frame);
			Hj212Packet header = Hj212Parser.parseHeader(segment.getBytes(StandardCharsets.UTF_8)).orElseThrow();
			assertThat(header.version()).isEqualTo(ProtocolVersion.HJ212_2025);
			assertThat(header.flag()).isEqualTo(9);
			assertThat(MnGrammar.accepts2025(header.mn())).isTrue();
			CpArea area = CpArea.of(segment).orElseThrow();
			String body = area.body(segment);
			assertThat(body).doesNotContain("w01018");
			assertThat(cipher.looksEncrypted(body)).isTrue();

			Hj212Packet clear = Hj212Parser.parse(area.replace(segment, cipher.decrypt(body)).getBytes(StandardCharsets.UTF_8));
			assertThat(clear.mn()).isEqualTo(mn);
			assertThat(clear.items()).hasSize(factors.size());
			assertThat(clear.item("w01018").orElseThrow().value("Avg")).isPresent();
			assertThat(clear.items()).allSatisfy(item -> assertThat(item.value("Flag")).hasValue("N"));
		}
	}

	@Test
	void underAnotherKeyTheDataAreaDoesNotDecrypt() {
		CpCipher cipher = cipher(Hj212Benchmark.SM4_KEY, Encoding.BASE64, Padding.PKCS7);
		String segment = checkedSegment(new BenchDevice("BE2025" + String.format("%018X", 1), "123456", cipher)
			.minutePacket(FACTORS, new SplittableRandom(2)).frame("1"));
		String body = CpArea.of(segment).orElseThrow().body(segment);
		CpCipher other = cipher("00112233445566778899AABBCCDDEEFF", Encoding.BASE64, Padding.PKCS7);
		assertThatExceptionOfType(CpDecryptionException.class).isThrownBy(() -> other.decrypt(body));
	}

	@Test
	void aClearBenchmarkPacketStaysHj2122017() {
		String segment = checkedSegment(new BenchDevice("BENCH0001", "123456").minutePacket(FACTORS, new SplittableRandom(3))
			.frame("1"));
		Hj212Packet packet = Hj212Parser.parse(segment.getBytes(StandardCharsets.UTF_8));
		assertThat(packet.version()).isEqualTo(ProtocolVersion.HJ212_2017);
		assertThat(packet.flag()).isEqualTo(5);
	}

	@Test
	void theBenchmarkMeasuresBothPathsUnlessToldOtherwise() {
		BenchmarkOptions both = BenchmarkOptions.from(CommandLine.parse(new String[0], BenchmarkOptions.NAMES));
		assertThat(both.runs2017()).isTrue();
		assertThat(both.runs2025()).isTrue();
		assertThat(both.sm4Encoding()).isEqualTo(Encoding.BASE64);
		BenchmarkOptions only2025 = BenchmarkOptions.from(CommandLine.parse(new String[] { "--standard", "2025" },
				BenchmarkOptions.NAMES));
		assertThat(only2025.runs2017()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(
				() -> BenchmarkOptions.from(CommandLine.parse(new String[] { "--standard", "2020" }, BenchmarkOptions.NAMES)));
	}

	private static CpCipher cipher(String key, Encoding encoding, Padding padding) {
		return new CpCipher(HexFormat.of().parseHex(key), encoding, padding);
	}

	/** The data segment, after checking the frame's length field (UTF-8 bytes) and its CRC. */
	private static String checkedSegment(String frame) {
		String segment = frame.substring(6, frame.length() - 6);
		byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isLessThanOrEqualTo(Upload.MAX_SEGMENT_BYTES);
		assertThat(frame.substring(2, 6)).isEqualTo(String.format("%04d", bytes.length));
		assertThat(Hj212Crc.matches(bytes, frame.substring(frame.length() - 6, frame.length() - 2),
				EnumSet.of(CrcVariant.STANDARD))).isPresent();
		return segment;
	}

}

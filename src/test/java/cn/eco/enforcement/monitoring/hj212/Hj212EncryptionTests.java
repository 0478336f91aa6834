package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.stream.Stream;

import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HJ 212-2025 SM4 encryption of data areas: the standard's test vector, every setting, wrong keys. */
class Hj212EncryptionTests {

	private static final HexFormat HEX = HexFormat.of();

	private static final byte[] KEY = HEX.parseHex("0123456789abcdeffedcba9876543210");

	private static final byte[] OTHER_KEY = HEX.parseHex("00112233445566778899aabbccddeeff");

	/** A 2025 minute upload's data area, with a Chinese field so that UTF-8 matters. */
	private static final String DATA_AREA = "DataTime=20260105120000;w01018-Avg=72.4,w01018-Flag=N;"
			+ "w21003-Avg=1.2,w21003-Flag=N;备注=夜间";

	static Stream<Arguments> settings() {
		return Stream.of(Encoding.values()).flatMap(e -> Stream.of(Padding.values()).map(p -> Arguments.of(e, p)));
	}

	@Test
	void sm4GivesTheStandardsTestVector() {
		byte[] cipher = Sm4.encrypt(KEY, KEY);

		assertThat(HEX.formatHex(cipher)).isEqualTo("681edf34d206965e86b3e94f536e4246");
		assertThat(Sm4.decrypt(KEY, cipher)).isEqualTo(KEY);
	}

	@Test
	void sm4AgreesWithBouncyCastlesEngineAndTheStandardsMillionfoldExample() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(32907);
		for (int run = 0; run < 200; run++) {
			byte[] key = new byte[16];
			byte[] blocks = new byte[16 * (1 + run % 40)];
			random.nextBytes(key);
			random.nextBytes(blocks);
			org.bouncycastle.crypto.engines.SM4Engine reference = new org.bouncycastle.crypto.engines.SM4Engine();
			reference.init(true, new org.bouncycastle.crypto.params.KeyParameter(key));
			byte[] expected = new byte[blocks.length];
			for (int offset = 0; offset < blocks.length; offset += 16) {
				reference.processBlock(blocks, offset, expected, offset);
			}
			Sm4 sm4 = new Sm4(key);
			assertThat(sm4.encrypt(blocks)).isEqualTo(expected);
			assertThat(sm4.decrypt(expected)).isEqualTo(blocks);
		}
		// GB/T 32907 appendix A, example 2: the test vector encrypted 1,000,000 times with its own key.
		Sm4 sm4 = new Sm4(KEY);
		byte[] block = KEY.clone();
		for (int i = 0; i < 1_000_000; i++) {
			block = sm4.encrypt(block);
		}
		assertThat(HEX.formatHex(block)).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
	}

	@ParameterizedTest
	@MethodSource("settings")
	void aDataAreaEncryptedWithEachEncodingAndPaddingDecryptsToItself(Encoding encoding, Padding padding) {
		CpCipher cipher = new CpCipher(KEY, encoding, padding);

		String encrypted = cipher.encrypt(DATA_AREA);

		assertThat(encrypted).doesNotContain("DataTime", "w01018", "=N");
		assertThat(cipher.looksEncrypted(encrypted)).isTrue();
		assertThat(cipher.looksEncrypted(DATA_AREA)).isFalse();
		assertThat(cipher.decrypt(encrypted)).isEqualTo(DATA_AREA);
	}

	@Test
	void hexCiphertextIsUpperCaseHexOfWholeBlocksAndBase64IsStandardBase64() {
		String hex = new CpCipher(KEY, Encoding.HEX, Padding.ZERO).encrypt(DATA_AREA);
		String base64 = new CpCipher(KEY, Encoding.BASE64, Padding.PKCS7).encrypt(DATA_AREA);

		assertThat(hex).matches("[0-9A-F]+").hasSize(2 * 16 * ((bytes(DATA_AREA).length + 15) / 16));
		assertThat(java.util.Base64.getDecoder().decode(base64)).hasSize(16 * (bytes(DATA_AREA).length / 16 + 1));
	}

	@ParameterizedTest
	@MethodSource("settings")
	void aDataAreaEncryptedUnderAnotherKeyIsRefused(Encoding encoding, Padding padding) {
		String encrypted = new CpCipher(OTHER_KEY, encoding, padding).encrypt(DATA_AREA);

		assertThatThrownBy(() -> new CpCipher(KEY, encoding, padding).decrypt(encrypted))
			.isInstanceOf(CpDecryptionException.class)
			.hasMessageContaining("密钥");
	}

	@Test
	void ciphertextInTheOtherEncodingOrPaddingIsRefused() {
		String hex = new CpCipher(KEY, Encoding.HEX, Padding.PKCS7).encrypt(DATA_AREA);

		assertThatThrownBy(() -> new CpCipher(KEY, Encoding.BASE64, Padding.PKCS7).decrypt(hex))
			.isInstanceOf(CpDecryptionException.class);
		assertThatThrownBy(() -> new CpCipher(KEY, Encoding.HEX, Padding.PKCS7)
			.decrypt(new CpCipher(KEY, Encoding.HEX, Padding.ZERO).encrypt(DATA_AREA)))
			.isInstanceOf(CpDecryptionException.class);
	}

	@Test
	void theKeyNeverAppearsInTheCiphersText() {
		CpCipher cipher = new CpCipher(KEY, Encoding.HEX, Padding.ZERO);

		assertThat(cipher.toString()).doesNotContainIgnoringCase("0123456789abcdef").contains("HEX", "ZERO");
	}

	@Test
	void dataCommandsTheNewKeyAndLoggerInformationMustBeEncryptedAnswersNot() {
		assertThat(Stream.of("2011", "2051", "2061", "2031", "2021", "2081", "1014", "3020"))
			.allMatch(CommandCodes::mustBeEncrypted);
		assertThat(Stream.of("9011", "9012", "9014", "1062", "1011", "3019")).noneMatch(CommandCodes::mustBeEncrypted);
	}

	@Test
	void a2025MnIs24UpperCaseHexCharacters() {
		assertThat(MnGrammar.accepts2025("010000A8900016F000169DC0")).isTrue();
		assertThat(Stream.of("88888880000001", "010000a8900016f000169dc0", "010000A8900016F000169DCG",
				"010000A8900016F000169DC00", null))
			.noneMatch(MnGrammar::accepts2025);
	}

	@Test
	void theNewKeyRequestIsA2025PacketAskingForAnAnswerWithItsKeyEncryptedUnderTheOldOne() {
		CpCipher old = new CpCipher(KEY, Encoding.HEX, Padding.ZERO);

		String request = Hj212Messages.newKeyRequest("20260105120000123", "32", "123456", "010000A8900016F000169DC0", old,
				OTHER_KEY);

		String segment = request.substring(6, request.length() - 6);
		assertThat(Hj212Crc.matches(bytes(segment), request.substring(request.length() - 6, request.length() - 2),
				EnumSet.of(CrcVariant.STANDARD)))
			.isPresent();
		assertThat(segment).startsWith("QN=20260105120000123;ST=32;CN=1014;PW=123456;MN=010000A8900016F000169DC0;Flag=9;CP=&&")
			.doesNotContainIgnoringCase(HEX.formatHex(OTHER_KEY));
		CpArea area = CpArea.of(segment).orElseThrow();
		assertThat(old.decrypt(area.body(segment)))
			.isEqualTo("SKCreateTime=20260105120000123;NewSK=" + HEX.formatHex(OTHER_KEY).toUpperCase());
	}

}

package cn.eco.enforcement.monitoring.hj212;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A device's SM4 key and how its encrypted data areas are written (HJ 212-2025, DOMAIN §a.13): the
 * text between {@code CP=&&} and the closing {@code &&} is encrypted with SM4/ECB. How the ciphertext
 * is written as text and how the plaintext reaches a multiple of 16 bytes are not stated in what we
 * have of the standard, so both are per-device settings. The key never appears in
 * {@link #toString()}.
 *
 * @param key the 16-byte key
 * @param encoding how the ciphertext is written: hexadecimal or Base64
 * @param padding how the plaintext is brought to a multiple of 16 bytes: zero bytes or PKCS#7
 */
public record CpCipher(byte[] key, Encoding encoding, Padding padding) {

	private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

	private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

	public CpCipher {
		Objects.requireNonNull(encoding, "encoding");
		Objects.requireNonNull(padding, "padding");
		if (key == null || key.length != Sm4.BLOCK) {
			throw new IllegalArgumentException("an SM4 key has 16 bytes");
		}
		key = key.clone();
	}

	/**
	 * The key.
	 * @return a copy of the 16 key bytes
	 */
	@Override
	public byte[] key() {
		return key.clone();
	}

	/** How ciphertext is written in the data area. */
	public enum Encoding {

		/** Two hexadecimal digits per byte (upper case when the platform writes). */
		HEX,
		/** Standard Base64 with padding. */
		BASE64

	}

	/** How plaintext is brought to a whole number of blocks. */
	public enum Padding {

		/** Zero bytes, removed again from the end after decryption. */
		ZERO,
		/** PKCS#7: always 1 to 16 bytes, each holding their count. */
		PKCS7

	}

	/**
	 * Encrypts a data area.
	 * @param cleartext the text between {@code CP=&&} and {@code &&}
	 * @return the ciphertext as text; an empty data area stays empty with zero padding
	 */
	public String encrypt(String cleartext) {
		byte[] blocks = pad(cleartext.getBytes(StandardCharsets.UTF_8));
		byte[] cipher = Sm4.encrypt(key, blocks);
		return encoding == Encoding.HEX ? HexFormat.of().withUpperCase().formatHex(cipher)
				: Base64.getEncoder().encodeToString(cipher);
	}

	/**
	 * Whether a data area is written as this device's ciphertext would be: the encoding's alphabet and
	 * a whole number of blocks. Clear text never is: a field has {@code =} inside it, and a data area
	 * without fields carries nothing.
	 * @param body the text between {@code CP=&&} and {@code &&}
	 * @return true when it can be decrypted
	 */
	public boolean looksEncrypted(String body) {
		if (body.isEmpty()) {
			return false;
		}
		if (encoding == Encoding.HEX) {
			return HEX.matcher(body).matches() && body.length() % (2 * Sm4.BLOCK) == 0;
		}
		return BASE64.matcher(body).matches() && body.length() % 4 == 0
				&& Base64.getDecoder().decode(body).length % Sm4.BLOCK == 0;
	}

	/**
	 * Decrypts a data area and checks that what came out is a data area: UTF-8 text without control
	 * characters, with its padding intact. Under a wrong key SM4 yields random bytes, which fail this.
	 * @param body the text between {@code CP=&&} and {@code &&}
	 * @return the clear text
	 * @throws CpDecryptionException when the body is no ciphertext of this device or decrypts to no
	 * text
	 */
	public String decrypt(String body) {
		if (!looksEncrypted(body)) {
			throw new CpDecryptionException("数据区不是" + (encoding == Encoding.HEX ? "十六进制" : "Base64")
					+ "编码的整数个 SM4 分组");
		}
		byte[] cipher = encoding == Encoding.HEX ? HexFormat.of().parseHex(body) : Base64.getDecoder().decode(body);
		byte[] plain = unpad(Sm4.decrypt(key, cipher));
		String text = strictUtf8(plain);
		if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7F) || (!text.isEmpty() && text.indexOf('=') < 0)) {
			throw new CpDecryptionException("解密结果不是数据区文本（密钥或填充方式不符）");
		}
		return text;
	}

	private byte[] pad(byte[] plain) {
		int fill = (padding == Padding.PKCS7) ? Sm4.BLOCK - plain.length % Sm4.BLOCK
				: (Sm4.BLOCK - plain.length % Sm4.BLOCK) % Sm4.BLOCK;
		byte[] blocks = Arrays.copyOf(plain, plain.length + fill);
		if (padding == Padding.PKCS7) {
			Arrays.fill(blocks, plain.length, blocks.length, (byte) fill);
		}
		return blocks;
	}

	private byte[] unpad(byte[] blocks) {
		if (padding == Padding.ZERO) {
			int end = blocks.length;
			while (end > 0 && blocks[end - 1] == 0) {
				end--;
			}
			return Arrays.copyOf(blocks, end);
		}
		int fill = blocks.length == 0 ? 0 : blocks[blocks.length - 1] & 0xFF;
		if (fill < 1 || fill > Sm4.BLOCK) {
			throw new CpDecryptionException("PKCS#7 填充无效（密钥或填充方式不符）");
		}
		for (int i = blocks.length - fill; i < blocks.length; i++) {
			if (blocks[i] != fill) {
				throw new CpDecryptionException("PKCS#7 填充无效（密钥或填充方式不符）");
			}
		}
		return Arrays.copyOf(blocks, blocks.length - fill);
	}

	private static String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new CpDecryptionException("解密结果不是 UTF-8 文本（密钥或填充方式不符）");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CpCipher cipher && Arrays.equals(key, cipher.key) && encoding == cipher.encoding
				&& padding == cipher.padding;
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(key), encoding, padding);
	}

	/** Names the settings, never the key. */
	@Override
	public String toString() {
		return "CpCipher[SM4/ECB, " + encoding + ", " + padding + "]";
	}

}

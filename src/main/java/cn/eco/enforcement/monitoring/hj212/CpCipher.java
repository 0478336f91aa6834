package cn.eco.enforcement.monitoring.hj212;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A device's SM4 key and how its encrypted data areas are written (HJ 212-2025, DOMAIN §a.13): the
 * text between {@code CP=&&} and the closing {@code &&} is encrypted with SM4/ECB. How the ciphertext
 * is written as text and how the plaintext reaches a multiple of 16 bytes are not stated in what we
 * have of the standard, so both are per-device settings. The key never appears in
 * {@link #toString()}. The key's round keys are expanded once, when the cipher is made: the platform
 * keeps a device's cipher with the cached device, so a packet costs only its own blocks. Immutable and
 * safe to share between threads.
 */
public final class CpCipher {

	private final byte[] key;

	private final Encoding encoding;

	private final Padding padding;

	private final Sm4 sm4;

	/**
	 * A cipher.
	 * @param key the 16-byte key
	 * @param encoding how the ciphertext is written: hexadecimal or Base64
	 * @param padding how the plaintext is brought to a multiple of 16 bytes: zero bytes or PKCS#7
	 */
	public CpCipher(byte[] key, Encoding encoding, Padding padding) {
		Objects.requireNonNull(encoding, "encoding");
		Objects.requireNonNull(padding, "padding");
		if (key == null || key.length != Sm4.BLOCK) {
			throw new IllegalArgumentException("an SM4 key has 16 bytes");
		}
		this.key = key.clone();
		this.encoding = encoding;
		this.padding = padding;
		this.sm4 = new Sm4(this.key);
	}

	/**
	 * How ciphertext is written.
	 * @return the encoding
	 */
	public Encoding encoding() {
		return encoding;
	}

	/**
	 * How plaintext is padded.
	 * @return the padding
	 */
	public Padding padding() {
		return padding;
	}

	/**
	 * The key.
	 * @return a copy of the 16 key bytes
	 */
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
		byte[] cipher = sm4.encrypt(blocks);
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
		int length = body.length();
		if (length == 0) {
			return false;
		}
		if (encoding == Encoding.HEX) {
			for (int i = 0; i < length; i++) {
				char c = body.charAt(i);
				if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
					return false;
				}
			}
			return length % (2 * Sm4.BLOCK) == 0;
		}
		return base64Bytes(body) % Sm4.BLOCK == 0;
	}

	/**
	 * How many bytes standard Base64 text with padding decodes to, or -1 when it is no such text: its
	 * alphabet, at most two {@code =} at the end, a multiple of four characters.
	 */
	private static int base64Bytes(String body) {
		int length = body.length();
		int pads = 0;
		while (pads < 2 && pads < length && body.charAt(length - 1 - pads) == '=') {
			pads++;
		}
		if (length % 4 != 0 || length == pads) {
			return -1;
		}
		for (int i = 0; i < length - pads; i++) {
			char c = body.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')) {
				return -1;
			}
		}
		return length / 4 * 3 - pads;
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
		byte[] blocks = encoding == Encoding.HEX ? HexFormat.of().parseHex(body) : Base64.getDecoder().decode(body);
		sm4.decryptInPlace(blocks, blocks.length);
		String text = text(blocks, unpaddedLength(blocks));
		if (!text.isEmpty() && text.indexOf('=') < 0) {
			throw new CpDecryptionException(NOT_A_DATA_AREA);
		}
		return text;
	}

	private static final String NOT_A_DATA_AREA = "解密结果不是数据区文本（密钥或填充方式不符）";

	/**
	 * The decrypted bytes as text: strict UTF-8 without control characters. Data areas are mostly
	 * ASCII, which needs no decoder.
	 */
	private static String text(byte[] bytes, int length) {
		boolean ascii = true;
		for (int i = 0; i < length; i++) {
			int b = bytes[i];
			if (b >= 0 && (b < 0x20 || b == 0x7F)) {
				throw new CpDecryptionException(NOT_A_DATA_AREA);
			}
			ascii &= b >= 0;
		}
		if (ascii) {
			return new String(bytes, 0, length, StandardCharsets.US_ASCII);
		}
		String text = strictUtf8(bytes, length);
		if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
			throw new CpDecryptionException(NOT_A_DATA_AREA);
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

	/** How many of the decrypted bytes are data, the padding taken off. */
	private int unpaddedLength(byte[] blocks) {
		if (padding == Padding.ZERO) {
			int end = blocks.length;
			while (end > 0 && blocks[end - 1] == 0) {
				end--;
			}
			return end;
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
		return blocks.length - fill;
	}

	private static String strictUtf8(byte[] bytes, int length) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
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

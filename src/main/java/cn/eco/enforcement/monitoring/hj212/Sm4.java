package cn.eco.enforcement.monitoring.hj212;

/**
 * SM4 (GB/T 32907) in ECB mode over whole 16-byte blocks, as HJ 212-2025 encrypts a data area
 * ("NoPadding": the caller brings the text to a multiple of 16 bytes). An instance holds one key's
 * 32 round keys, expanded once: a device's {@link CpCipher} keeps its instance, so a packet costs only
 * its blocks. Each round is four lookups in tables that fold the S-box into the linear transform L
 * (the usual T-table form). The class is checked against the standard's example and against Bouncy
 * Castle's engine in the tests. Instances are immutable and safe to share between threads.
 */
final class Sm4 {

	static final int BLOCK = 16;

	private static final byte[] SBOX = {
			(byte) 0xD6, (byte) 0x90, (byte) 0xE9, (byte) 0xFE, (byte) 0xCC, (byte) 0xE1, (byte) 0x3D, (byte) 0xB7,
			(byte) 0x16, (byte) 0xB6, (byte) 0x14, (byte) 0xC2, (byte) 0x28, (byte) 0xFB, (byte) 0x2C, (byte) 0x05,
			(byte) 0x2B, (byte) 0x67, (byte) 0x9A, (byte) 0x76, (byte) 0x2A, (byte) 0xBE, (byte) 0x04, (byte) 0xC3,
			(byte) 0xAA, (byte) 0x44, (byte) 0x13, (byte) 0x26, (byte) 0x49, (byte) 0x86, (byte) 0x06, (byte) 0x99,
			(byte) 0x9C, (byte) 0x42, (byte) 0x50, (byte) 0xF4, (byte) 0x91, (byte) 0xEF, (byte) 0x98, (byte) 0x7A,
			(byte) 0x33, (byte) 0x54, (byte) 0x0B, (byte) 0x43, (byte) 0xED, (byte) 0xCF, (byte) 0xAC, (byte) 0x62,
			(byte) 0xE4, (byte) 0xB3, (byte) 0x1C, (byte) 0xA9, (byte) 0xC9, (byte) 0x08, (byte) 0xE8, (byte) 0x95,
			(byte) 0x80, (byte) 0xDF, (byte) 0x94, (byte) 0xFA, (byte) 0x75, (byte) 0x8F, (byte) 0x3F, (byte) 0xA6,
			(byte) 0x47, (byte) 0x07, (byte) 0xA7, (byte) 0xFC, (byte) 0xF3, (byte) 0x73, (byte) 0x17, (byte) 0xBA,
			(byte) 0x83, (byte) 0x59, (byte) 0x3C, (byte) 0x19, (byte) 0xE6, (byte) 0x85, (byte) 0x4F, (byte) 0xA8,
			(byte) 0x68, (byte) 0x6B, (byte) 0x81, (byte) 0xB2, (byte) 0x71, (byte) 0x64, (byte) 0xDA, (byte) 0x8B,
			(byte) 0xF8, (byte) 0xEB, (byte) 0x0F, (byte) 0x4B, (byte) 0x70, (byte) 0x56, (byte) 0x9D, (byte) 0x35,
			(byte) 0x1E, (byte) 0x24, (byte) 0x0E, (byte) 0x5E, (byte) 0x63, (byte) 0x58, (byte) 0xD1, (byte) 0xA2,
			(byte) 0x25, (byte) 0x22, (byte) 0x7C, (byte) 0x3B, (byte) 0x01, (byte) 0x21, (byte) 0x78, (byte) 0x87,
			(byte) 0xD4, (byte) 0x00, (byte) 0x46, (byte) 0x57, (byte) 0x9F, (byte) 0xD3, (byte) 0x27, (byte) 0x52,
			(byte) 0x4C, (byte) 0x36, (byte) 0x02, (byte) 0xE7, (byte) 0xA0, (byte) 0xC4, (byte) 0xC8, (byte) 0x9E,
			(byte) 0xEA, (byte) 0xBF, (byte) 0x8A, (byte) 0xD2, (byte) 0x40, (byte) 0xC7, (byte) 0x38, (byte) 0xB5,
			(byte) 0xA3, (byte) 0xF7, (byte) 0xF2, (byte) 0xCE, (byte) 0xF9, (byte) 0x61, (byte) 0x15, (byte) 0xA1,
			(byte) 0xE0, (byte) 0xAE, (byte) 0x5D, (byte) 0xA4, (byte) 0x9B, (byte) 0x34, (byte) 0x1A, (byte) 0x55,
			(byte) 0xAD, (byte) 0x93, (byte) 0x32, (byte) 0x30, (byte) 0xF5, (byte) 0x8C, (byte) 0xB1, (byte) 0xE3,
			(byte) 0x1D, (byte) 0xF6, (byte) 0xE2, (byte) 0x2E, (byte) 0x82, (byte) 0x66, (byte) 0xCA, (byte) 0x60,
			(byte) 0xC0, (byte) 0x29, (byte) 0x23, (byte) 0xAB, (byte) 0x0D, (byte) 0x53, (byte) 0x4E, (byte) 0x6F,
			(byte) 0xD5, (byte) 0xDB, (byte) 0x37, (byte) 0x45, (byte) 0xDE, (byte) 0xFD, (byte) 0x8E, (byte) 0x2F,
			(byte) 0x03, (byte) 0xFF, (byte) 0x6A, (byte) 0x72, (byte) 0x6D, (byte) 0x6C, (byte) 0x5B, (byte) 0x51,
			(byte) 0x8D, (byte) 0x1B, (byte) 0xAF, (byte) 0x92, (byte) 0xBB, (byte) 0xDD, (byte) 0xBC, (byte) 0x7F,
			(byte) 0x11, (byte) 0xD9, (byte) 0x5C, (byte) 0x41, (byte) 0x1F, (byte) 0x10, (byte) 0x5A, (byte) 0xD8,
			(byte) 0x0A, (byte) 0xC1, (byte) 0x31, (byte) 0x88, (byte) 0xA5, (byte) 0xCD, (byte) 0x7B, (byte) 0xBD,
			(byte) 0x2D, (byte) 0x74, (byte) 0xD0, (byte) 0x12, (byte) 0xB8, (byte) 0xE5, (byte) 0xB4, (byte) 0xB0,
			(byte) 0x89, (byte) 0x69, (byte) 0x97, (byte) 0x4A, (byte) 0x0C, (byte) 0x96, (byte) 0x77, (byte) 0x7E,
			(byte) 0x65, (byte) 0xB9, (byte) 0xF1, (byte) 0x09, (byte) 0xC5, (byte) 0x6E, (byte) 0xC6, (byte) 0x84,
			(byte) 0x18, (byte) 0xF0, (byte) 0x7D, (byte) 0xEC, (byte) 0x3A, (byte) 0xDC, (byte) 0x4D, (byte) 0x20,
			(byte) 0x79, (byte) 0xEE, (byte) 0x5F, (byte) 0x3E, (byte) 0xD7, (byte) 0xCB, (byte) 0x39, (byte) 0x48 };

	private static final int[] FK = { 0xA3B1BAC6, 0x56AA3350, 0x677D9197, 0xB27022DC };

	private static final int[] CK = new int[32];

	/** S-box then L, for the byte in each position of the word (most significant first). */
	private static final int[] T0 = new int[256];

	private static final int[] T1 = new int[256];

	private static final int[] T2 = new int[256];

	private static final int[] T3 = new int[256];

	static {
		for (int i = 0; i < 32; i++) {
			int ck = 0;
			for (int j = 0; j < 4; j++) {
				ck = (ck << 8) | (((4 * i + j) * 7) & 0xFF);
			}
			CK[i] = ck;
		}
		for (int b = 0; b < 256; b++) {
			int s = SBOX[b] & 0xFF;
			T0[b] = l(s << 24);
			T1[b] = l(s << 16);
			T2[b] = l(s << 8);
			T3[b] = l(s);
		}
	}

	private final int[] encryptionKeys = new int[32];

	private final int[] decryptionKeys = new int[32];

	/**
	 * Expands a key.
	 * @param key 16 bytes
	 */
	Sm4(byte[] key) {
		if (key.length != BLOCK) {
			throw new IllegalArgumentException("SM4 needs a 16-byte key");
		}
		int k0 = word(key, 0) ^ FK[0];
		int k1 = word(key, 4) ^ FK[1];
		int k2 = word(key, 8) ^ FK[2];
		int k3 = word(key, 12) ^ FK[3];
		for (int i = 0; i < 32; i++) {
			int next = k0 ^ keyTransform(k1 ^ k2 ^ k3 ^ CK[i]);
			encryptionKeys[i] = next;
			decryptionKeys[31 - i] = next;
			k0 = k1;
			k1 = k2;
			k2 = k3;
			k3 = next;
		}
	}

	static byte[] encrypt(byte[] key, byte[] blocks) {
		return new Sm4(key).encrypt(blocks);
	}

	static byte[] decrypt(byte[] key, byte[] blocks) {
		return new Sm4(key).decrypt(blocks);
	}

	byte[] encrypt(byte[] blocks) {
		return run(encryptionKeys, blocks, blocks.length);
	}

	byte[] decrypt(byte[] blocks) {
		return run(decryptionKeys, blocks, blocks.length);
	}

	/**
	 * Decrypts the first {@code length} bytes of {@code blocks} in place.
	 * @param length a multiple of 16
	 */
	void decryptInPlace(byte[] blocks, int length) {
		check(length);
		for (int offset = 0; offset < length; offset += BLOCK) {
			block(decryptionKeys, blocks, offset, blocks, offset);
		}
	}

	private static byte[] run(int[] roundKeys, byte[] blocks, int length) {
		check(length);
		byte[] out = new byte[length];
		for (int offset = 0; offset < length; offset += BLOCK) {
			block(roundKeys, blocks, offset, out, offset);
		}
		return out;
	}

	private static void check(int length) {
		if (length % BLOCK != 0) {
			throw new IllegalArgumentException("SM4 needs whole 16-byte blocks");
		}
	}

	private static void block(int[] rk, byte[] in, int inOffset, byte[] out, int outOffset) {
		int x0 = word(in, inOffset);
		int x1 = word(in, inOffset + 4);
		int x2 = word(in, inOffset + 8);
		int x3 = word(in, inOffset + 12);
		for (int i = 0; i < 32; i += 4) {
			x0 ^= t(x1 ^ x2 ^ x3 ^ rk[i]);
			x1 ^= t(x2 ^ x3 ^ x0 ^ rk[i + 1]);
			x2 ^= t(x3 ^ x0 ^ x1 ^ rk[i + 2]);
			x3 ^= t(x0 ^ x1 ^ x2 ^ rk[i + 3]);
		}
		put(out, outOffset, x3);
		put(out, outOffset + 4, x2);
		put(out, outOffset + 8, x1);
		put(out, outOffset + 12, x0);
	}

	/** The round function's T: S-box on each byte, then L. */
	private static int t(int x) {
		return T0[x >>> 24] ^ T1[(x >>> 16) & 0xFF] ^ T2[(x >>> 8) & 0xFF] ^ T3[x & 0xFF];
	}

	private static int l(int b) {
		return b ^ Integer.rotateLeft(b, 2) ^ Integer.rotateLeft(b, 10) ^ Integer.rotateLeft(b, 18)
				^ Integer.rotateLeft(b, 24);
	}

	/** The key schedule's T': S-box on each byte, then L'. */
	private static int keyTransform(int x) {
		int b = ((SBOX[x >>> 24] & 0xFF) << 24) | ((SBOX[(x >>> 16) & 0xFF] & 0xFF) << 16)
				| ((SBOX[(x >>> 8) & 0xFF] & 0xFF) << 8) | (SBOX[x & 0xFF] & 0xFF);
		return b ^ Integer.rotateLeft(b, 13) ^ Integer.rotateLeft(b, 23);
	}

	private static int word(byte[] bytes, int offset) {
		return (bytes[offset] << 24) | ((bytes[offset + 1] & 0xFF) << 16) | ((bytes[offset + 2] & 0xFF) << 8)
				| (bytes[offset + 3] & 0xFF);
	}

	private static void put(byte[] bytes, int offset, int word) {
		bytes[offset] = (byte) (word >>> 24);
		bytes[offset + 1] = (byte) (word >>> 16);
		bytes[offset + 2] = (byte) (word >>> 8);
		bytes[offset + 3] = (byte) word;
	}

}

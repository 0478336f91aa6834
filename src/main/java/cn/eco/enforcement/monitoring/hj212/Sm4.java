package cn.eco.enforcement.monitoring.hj212;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907) in ECB mode over whole 16-byte blocks, as HJ 212-2025 encrypts a data area
 * ("NoPadding": the caller brings the text to a multiple of 16 bytes). Bouncy Castle's engine is
 * used directly, so no JCE provider is registered for the whole JVM.
 */
final class Sm4 {

	static final int BLOCK = 16;

	private Sm4() {
	}

	static byte[] encrypt(byte[] key, byte[] blocks) {
		return run(true, key, blocks);
	}

	static byte[] decrypt(byte[] key, byte[] blocks) {
		return run(false, key, blocks);
	}

	private static byte[] run(boolean encrypt, byte[] key, byte[] blocks) {
		if (key.length != BLOCK || blocks.length % BLOCK != 0) {
			throw new IllegalArgumentException("SM4 needs a 16-byte key and whole 16-byte blocks");
		}
		BlockCipher engine = new SM4Engine();
		engine.init(encrypt, new KeyParameter(key));
		byte[] out = new byte[blocks.length];
		for (int offset = 0; offset < blocks.length; offset += BLOCK) {
			engine.processBlock(blocks, offset, out, offset);
		}
		return out;
	}

}

package cn.eco.enforcement.monitoring.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals devices' SM4 keys for the database with AES-256-GCM under the master key from the environment
 * ({@code APP_MONITORING_MASTER_KEY}, Base64 of 32 bytes). The device's MN is the associated data, so
 * a sealed key copied to another device's row does not open. Demo mode without a master key generates
 * one for the run and says so; outside demo mode, without one, no key can be registered.
 */
@Component
class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private static final String VERSION = "v1:";

	private static final int IV_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	MasterKey(@Value("${app.monitoring.master-key:}") String configured, @Value("${app.demo.enabled:false}") boolean demo) {
		this.key = configured.isBlank() ? (demo ? generated() : null) : parsed(configured);
	}

	private static SecretKeySpec parsed(String configured) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(configured.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("APP_MONITORING_MASTER_KEY is not Base64 (openssl rand -base64 32)");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("APP_MONITORING_MASTER_KEY must hold 32 bytes, it holds " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	private static SecretKeySpec generated() {
		log.warn("APP_MONITORING_MASTER_KEY is not set: demo mode generated a master key for this run. SM4 keys of "
				+ "HJ 212-2025 devices registered now cannot be read after a restart; set the variable to keep them.");
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SecretKeySpec(bytes, "AES");
	}

	/** Whether keys can be sealed and opened: a master key is configured, or demo mode made one. */
	boolean available() {
		return key != null;
	}

	/** The device key sealed for storage: {@code v1:} and Base64 of IV, ciphertext and tag. */
	String seal(String mn, byte[] deviceKey) {
		byte[] iv = new byte[IV_LENGTH];
		RANDOM.nextBytes(iv);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, mn, iv, deviceKey, 0, deviceKey.length);
		return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
	}

	/**
	 * Opens a sealed device key.
	 * @throws IllegalStateException when there is no master key, or the key was sealed under another
	 * one or for another device
	 */
	byte[] open(String mn, String sealed) {
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalStateException("sealed SM4 key of " + mn + " has an unknown format");
		}
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		return run(Cipher.DECRYPT_MODE, mn, java.util.Arrays.copyOf(bytes, IV_LENGTH), bytes, IV_LENGTH,
				bytes.length - IV_LENGTH);
	}

	private byte[] run(int mode, String mn, byte[] iv, byte[] input, int offset, int length) {
		if (key == null) {
			throw new IllegalStateException("APP_MONITORING_MASTER_KEY is not set");
		}
		try {
			Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
			aes.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
			aes.updateAAD(("monitoring_device.sm4_key:" + mn).getBytes(StandardCharsets.UTF_8));
			return aes.doFinal(input, offset, length);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SM4 key of " + mn + " does not open under the master key (another master "
					+ "key, or a copied row)");
		}
	}

}

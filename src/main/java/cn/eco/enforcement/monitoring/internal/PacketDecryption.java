package cn.eco.enforcement.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.hj212.CommandCodes;
import cn.eco.enforcement.monitoring.hj212.CpArea;
import cn.eco.enforcement.monitoring.hj212.CpDecryptionException;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212ParseException;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens an HJ 212-2025 packet of an authenticated device before its data are read: a data area the
 * device's SM4 key encrypts is decrypted (with the key in force, else a key a rotation is waiting to
 * confirm), and the packet parsed again from the clear text. Refused, never acknowledged: a data area
 * that does not decrypt; one sent in clear by a device with a key, for a command that must be
 * encrypted ({@link CommandCodes#mustBeEncrypted}), unless
 * {@code app.hj212.accept-plaintext-from-keyed-devices} allows it for a transition; and ciphertext
 * from a device without a key, which would otherwise be acknowledged as an upload without readings
 * and lost.
 */
@Component
class PacketDecryption {

	/** Ciphertext as text: hex or Base64 characters, no field separator, {@code =} only at the end. */
	private static final Pattern CIPHERTEXT = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

	private final boolean acceptPlaintext;

	PacketDecryption(@Value("${app.hj212.accept-plaintext-from-keyed-devices:false}") boolean acceptPlaintext) {
		this.acceptPlaintext = acceptPlaintext;
	}

	/**
	 * What is to be handled of a packet whose CRC and password passed.
	 * @return the packet to handle (the same when nothing was encrypted), a refusal, or
	 * {@link Opened#unreadableKey} when the device's key does not open under the master key
	 */
	Opened open(Hj212Frame frame, Hj212Packet packet, DeviceKeys.Keys keys) {
		if (!CommandCodes.mustBeEncrypted(packet.cn())) {
			return Opened.as(frame, packet);
		}
		String text = frame.text();
		CpArea area = CpArea.of(text).orElseThrow();
		String body = area.body(text);
		if (keys.unreadable()) {
			return new Opened(frame, packet, null, true);
		}
		if (keys.cipher() == null) {
			return CIPHERTEXT.matcher(body).matches()
					? Opened.refused(new Refusal("ENCRYPTED_WITHOUT_KEY", "数据区为密文，但设备未登记 SM4 密钥：CN=" + packet.cn()))
					: Opened.as(frame, packet);
		}
		if (!keys.cipher().looksEncrypted(body)) {
			return (body.isEmpty() || acceptPlaintext) ? Opened.as(frame, packet)
					: Opened.refused(new Refusal("PLAINTEXT_FROM_KEYED_DEVICE",
							"设备已登记 SM4 密钥，CN=" + packet.cn() + " 的数据区须加密传输，收到的是明文"));
		}
		return decrypted(frame, text, area, keys);
	}

	private static Opened decrypted(Hj212Frame frame, String text, CpArea area, DeviceKeys.Keys keys) {
		String body = area.body(text);
		String clear;
		try {
			clear = keys.cipher().decrypt(body);
		}
		catch (CpDecryptionException ex) {
			if (keys.pending() == null) {
				return Opened.refused(new Refusal("DECRYPT_FAILED", "SM4 解密失败：" + ex.getMessage()));
			}
			try {
				clear = keys.pending().decrypt(body);
			}
			catch (CpDecryptionException again) {
				return Opened.refused(new Refusal("DECRYPT_FAILED", "SM4 解密失败（现用密钥和待确认的新密钥均不符）：" + ex.getMessage()));
			}
		}
		String openText = area.replace(text, clear);
		Hj212Frame open = new Hj212Frame(openText.getBytes(StandardCharsets.UTF_8), frame.crcHex(),
				frame.lengthInCharacters());
		try {
			return Opened.as(open, Hj212Parser.parse(openText));
		}
		catch (Hj212ParseException ex) {
			return Opened.refused(new Refusal(ex.reason().name(), "解密后的数据区无法解析：" + ex.getMessage()));
		}
	}

	/**
	 * A packet ready to handle, or why not.
	 * @param frame the frame with its data area in clear
	 * @param packet the packet parsed from it
	 * @param refusal why it is refused, or null
	 * @param unreadableKey the device's key does not open: leave the packet unanswered
	 */
	record Opened(Hj212Frame frame, Hj212Packet packet, Refusal refusal, boolean unreadableKey) {

		static Opened as(Hj212Frame frame, Hj212Packet packet) {
			return new Opened(frame, packet, null, false);
		}

		static Opened refused(Refusal refusal) {
			return new Opened(null, null, refusal, false);
		}

		boolean ready() {
			return refusal == null && !unreadableKey;
		}

	}

}

package cn.eco.enforcement.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import cn.eco.enforcement.monitoring.hj212.CpCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's SM4 keys as the registry holds them: sealed under the {@link MasterKey} in
 * {@code monitoring_device}, opened when the device is read.
 */
final class DeviceKeys {

	private static final Logger log = LoggerFactory.getLogger(DeviceKeys.class);

	private final MasterKey masterKey;

	DeviceKeys(MasterKey masterKey) {
		this.masterKey = masterKey;
	}

	/** The keys of the device row {@code rs} is on, opened; a key that does not open is marked, not thrown. */
	Keys open(String mn, ResultSet rs) throws SQLException {
		String sealed = rs.getString("sm4_key");
		if (sealed == null) {
			return Keys.NONE;
		}
		CpCipher.Encoding encoding = CpCipher.Encoding.valueOf(rs.getString("sm4_encoding"));
		CpCipher.Padding padding = CpCipher.Padding.valueOf(rs.getString("sm4_padding"));
		String pendingSealed = rs.getString("sm4_pending_key");
		try {
			CpCipher cipher = new CpCipher(masterKey.open(mn, sealed), encoding, padding);
			CpCipher pending = pendingSealed == null ? null : new CpCipher(masterKey.open(mn, pendingSealed), encoding, padding);
			return new Keys(cipher, pending, rs.getString("sm4_pending_qn"), false, encoding, padding);
		}
		catch (IllegalStateException ex) {
			// Not the device's fault: its packets stay unanswered (and are sent again) until this is fixed.
			log.error("HJ 212 device {}: {}", mn, ex.getMessage());
			return new Keys(null, null, rs.getString("sm4_pending_qn"), true, encoding, padding);
		}
	}

	/**
	 * A device's SM4 keys, opened: the key in force and a pending one a rotation waits to confirm.
	 * @param unreadable the device has a key that does not open under the master key
	 */
	record Keys(CpCipher cipher, CpCipher pending, String pendingQn, boolean unreadable, CpCipher.Encoding encoding,
			CpCipher.Padding padding) {

		static final Keys NONE = new Keys(null, null, null, false, null, null);

		boolean encrypted() {
			return cipher != null || unreadable;
		}

	}

}

package cn.eco.enforcement.monitoring.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's side of a key rotation (CN 1014): the new key kept sealed and pending until the
 * logger confirms the request that carried it, then put in force or dropped.
 */
@Repository
class PendingKeys {

	private final JdbcClient jdbc;

	private final MasterKey masterKey;

	private final Devices devices;

	PendingKeys(JdbcClient jdbc, MasterKey masterKey, Devices devices) {
		this.jdbc = jdbc;
		this.masterKey = masterKey;
		this.devices = devices;
	}

	/** Keeps a new key pending until the logger confirms the key-setting request {@code qn}. */
	boolean start(String mn, byte[] newKey, String qn, OffsetDateTime now) {
		boolean changed = jdbc.sql("""
				UPDATE monitoring_device SET sm4_pending_key = ?, sm4_pending_qn = ?, sm4_pending_since = ?
				WHERE mn = ? AND sm4_key IS NOT NULL""")
			.params(masterKey.seal(mn, newKey), qn, now, mn)
			.update() == 1;
		// After the change, so that no read in between caches the old keys again.
		devices.evict(mn);
		return changed;
	}

	/** Puts the pending key in force when the logger confirmed request {@code qn}. */
	boolean complete(String mn, String qn) {
		boolean changed = jdbc.sql("""
				UPDATE monitoring_device SET sm4_key = sm4_pending_key, sm4_pending_key = NULL, sm4_pending_qn = NULL,
				       sm4_pending_since = NULL WHERE mn = ? AND sm4_pending_qn = ?""")
			.params(mn, qn)
			.update() == 1;
		// After the change, so that no read in between caches the old keys again.
		devices.evict(mn);
		return changed;
	}

	/** Drops the pending key when the logger refused request {@code qn}; the old key stays. */
	boolean abandon(String mn, String qn) {
		boolean changed = jdbc.sql("""
				UPDATE monitoring_device SET sm4_pending_key = NULL, sm4_pending_qn = NULL, sm4_pending_since = NULL
				WHERE mn = ? AND sm4_pending_qn = ?""")
			.params(mn, qn)
			.update() == 1;
		// After the change, so that no read in between caches the old keys again.
		devices.evict(mn);
		return changed;
	}

}

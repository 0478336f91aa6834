package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.RegisterDevice;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.CrcVariant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The device registry and the limits its factors are judged against. Passwords are kept salted and
 * hashed; SM4 keys sealed under the {@link MasterKey}.
 */
@Repository
class Devices {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MasterKey masterKey;

	private final DeviceKeys deviceKeys;

	private final ExpiringCache<String, java.util.Optional<Device>> byMn;

	private final ExpiringCache<String, Map<String, Limit>> limitsByMn;

	Devices(JdbcClient jdbc, MasterKey masterKey, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.masterKey = masterKey;
		this.deviceKeys = new DeviceKeys(masterKey);
		this.byMn = new ExpiringCache<>(java.time.Duration.ofSeconds(30), 100_000, clock);
		this.limitsByMn = new ExpiringCache<>(java.time.Duration.ofMinutes(1), 100_000, clock);
	}

	/** Registers or replaces a device; a device registered without a key is no longer encrypted. */
	void upsert(RegisterDevice device, OffsetDateTime now) {
		byMn.evict(device.mn());
		String salt = HexFormat.of().formatHex(RANDOM.generateSeed(8));
		String hash = hash(salt, device.password());
		String variants = String.join(",", new java.util.TreeSet<>(device.crcVariants()));
		CpCipher cipher = device.cipher();
		String sealed = cipher == null ? null : masterKey.seal(device.mn(), cipher.key());
		String encoding = cipher == null ? null : cipher.encoding().name();
		String padding = cipher == null ? null : cipher.padding().name();
		int updated = jdbc.sql("""
				UPDATE monitoring_device SET password_salt = ?, password_hash = ?, kind = ?, enterprise_code = ?,
				       station_code = ?, outlet = ?, crc_variants = ?, sm4_key = ?, sm4_encoding = ?, sm4_padding = ?,
				       sm4_pending_key = NULL, sm4_pending_qn = NULL, sm4_pending_since = NULL WHERE mn = ?""")
			.params(salt, hash, device.kind().name(), device.enterpriseCode(), device.stationCode(), device.outlet(),
					variants, sealed, encoding, padding, device.mn())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO monitoring_device (mn, password_salt, password_hash, kind, enterprise_code, station_code,
					                               outlet, crc_variants, registered_at, sm4_key, sm4_encoding, sm4_padding)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(device.mn(), salt, hash, device.kind().name(), device.enterpriseCode(), device.stationCode(),
						device.outlet(), variants, now, sealed, encoding, padding)
				.update();
		}
	}

	/** Forgets the cached device, after a change made elsewhere (a key rotation). */
	void evict(String mn) {
		byMn.evict(mn);
	}

	/** The device (cached for half a minute; its last-seen time may lag by that much). */
	Optional<Device> find(String mn) {
		return byMn.get(mn, key -> jdbc.sql("SELECT * FROM monitoring_device WHERE mn = ?").param(key).query(this::device).optional());
	}

	/** The device as cached, without asking the database: empty when it is not in the cache. */
	Optional<Optional<Device>> cached(String mn) {
		return byMn.peek(mn);
	}

	List<DeviceView> all() {
		return jdbc.sql("SELECT * FROM monitoring_device ORDER BY mn").query(this::device).list().stream()
			.map(Device::view)
			.toList();
	}

	void touch(String mn, OffsetDateTime at) {
		byMn.evict(mn);
		jdbc.sql("UPDATE monitoring_device SET last_seen_at = ? WHERE mn = ? AND (last_seen_at IS NULL OR last_seen_at < ?)")
			.params(at, mn, at)
			.update();
	}

	void setLimit(String mn, String factorCode, BigDecimal limit, String unit) {
		limitsByMn.evict(mn);
		int updated = jdbc.sql("UPDATE permit_limit SET limit_value = ?, unit = ? WHERE mn = ? AND factor_code = ?")
			.params(limit, unit, mn, factorCode)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO permit_limit (mn, factor_code, limit_value, unit) VALUES (?, ?, ?, ?)")
				.params(mn, factorCode, limit, unit)
				.update();
		}
	}

	/** Factor code → limit for one device (cached for a minute). */
	Map<String, Limit> limits(String mn) {
		return limitsByMn.get(mn, this::loadLimits);
	}

	private Map<String, Limit> loadLimits(String mn) {
		return jdbc.sql("SELECT factor_code, limit_value, unit FROM permit_limit WHERE mn = ?")
			.param(mn)
			.query((rs, i) -> new Limit(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(Limit::factorCode, l -> l));
	}

	/** Devices whose last data are older than the given instant (or that never sent any). */
	List<Device> silentSince(OffsetDateTime before) {
		return jdbc.sql("SELECT * FROM monitoring_device WHERE last_seen_at < ?")
			.param(before)
			.query(this::device)
			.list();
	}

	static boolean passwordMatches(Device device, String password) {
		return password != null && MessageDigest.isEqual(hash(device.passwordSalt(), password).getBytes(StandardCharsets.US_ASCII),
				device.passwordHash().getBytes(StandardCharsets.US_ASCII));
	}

	private static String hash(String salt, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest((salt + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<CrcVariant> crcVariants(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(","))
			.map(String::strip)
			.filter(v -> !v.isEmpty())
			.map(CrcVariant::valueOf)
			.collect(Collectors.toUnmodifiableSet());
	}

	private Device device(ResultSet rs, int row) throws SQLException {
		String mn = rs.getString("mn");
		DeviceKeys.Keys keys = deviceKeys.open(mn, rs);
		return new Device(mn, rs.getString("password_salt"), rs.getString("password_hash"),
				DeviceKind.valueOf(rs.getString("kind")), rs.getString("enterprise_code"), rs.getString("station_code"),
				rs.getString("outlet"), crcVariants(rs.getString("crc_variants")),
				rs.getObject("registered_at", OffsetDateTime.class), rs.getObject("last_seen_at", OffsetDateTime.class),
				keys);
	}

	/** A registered device with its credentials (never leaves this package). */
	record Device(String mn, String passwordSalt, String passwordHash, DeviceKind kind, String enterpriseCode,
			String stationCode, String outlet, Set<CrcVariant> crcVariants, OffsetDateTime registeredAt,
			OffsetDateTime lastSeenAt, DeviceKeys.Keys keys) {

		DeviceView view() {
			return new DeviceView(mn, kind, enterpriseCode, stationCode, outlet, registeredAt, lastSeenAt,
					keys.encrypted(), keys.encoding() == null ? null : keys.encoding().name(),
					keys.padding() == null ? null : keys.padding().name(), keys.pendingQn() != null);
		}

	}

	/** The limit one factor of a device is judged against. */
	record Limit(String factorCode, BigDecimal value, String unit) {
	}

}

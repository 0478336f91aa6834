package cn.eco.enforcement.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for this test JVM on the server named by {@code TEST_PG_URL}
 * (default: the local server at 127.0.0.1:5432, user postgres). The next run drops it.
 */
public final class PostgresTestDatabase {

	private static final String SERVER_URL = env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = env("TEST_PG_USER", "postgres");

	private static final String PASSWORD = env("TEST_PG_PASSWORD", "");

	private static final String PREFIX = "enforcement_test_";

	private static String url;

	private PostgresTestDatabase() {
	}

	/** The database shared by the tests of this JVM. */
	public static synchronized String url() {
		if (url == null) {
			dropLeftovers();
			url = freshUrl();
		}
		return url;
	}

	/** Another, empty database, for a test that needs one of its own. */
	public static String freshUrl() {
		String name = PREFIX + System.currentTimeMillis() / 1000 + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		execute("CREATE DATABASE " + name);
		return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	/**
	 * Drops the databases of earlier test runs. Not done at JVM exit, where it would race with the
	 * application context still closing its pool; a database still in use is left alone, and so is
	 * one made in the last hour (another JVM may have created it and not connected yet). Names carry
	 * their creation time: {@code enforcement_test_<epoch seconds>_<random>}.
	 */
	private static void dropLeftovers() {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD)) {
			var names = new java.util.ArrayList<String>();
			try (var rs = connection.createStatement()
				.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			long hourAgo = System.currentTimeMillis() / 1000 - 3600;
			for (String name : names) {
				String[] parts = name.substring(PREFIX.length()).split("_");
				if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) > hourAgo) {
					continue;
				}
				try {
					connection.createStatement().execute("DROP DATABASE IF EXISTS " + name);
				}
				catch (SQLException inUse) {
					// another test run is using it
				}
			}
		}
		catch (SQLException ex) {
			throw unreachable(ex);
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD)) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException ex) {
			throw unreachable(ex);
		}
	}

	private static IllegalStateException unreachable(SQLException ex) {
		return new IllegalStateException("PostgreSQL for tests not reachable at " + SERVER_URL
				+ " (start it, or set TEST_PG_URL): " + ex.getMessage(), ex);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}

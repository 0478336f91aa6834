package cn.eco.enforcement.sharing.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fetches of data-sharing accounts, one row each in the append-only {@code sharing_fetch}
 * (V170): who, which endpoint and query, when, and how many records were handed out.
 */
@Component
class FetchLog {

	private static final int PATH_LENGTH = 500;

	private static final int QUERY_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	FetchLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One fetch in the log.
	 * @param query the query string as sent, or null
	 * @param records how many records the answer held
	 */
	record Entry(long id, OffsetDateTime fetchedAt, String userId, String path, String query, int records) {
	}

	/** One page of the log, oldest first, with the days it covers and how many fetches they hold. */
	record Page(LocalDate from, LocalDate to, int page, int size, long total, List<Entry> entries) {
	}

	/** Records that the caller received {@code records} records from this request. */
	void record(String userId, HttpServletRequest request, int records) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		jdbc.sql("INSERT INTO sharing_fetch (fetched_at, user_id, path, query, record_count) VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(clock.instant()), userId, cut(path, PATH_LENGTH), query == null ? null : cut(query, QUERY_LENGTH),
					records)
			.update();
	}

	/** The fetches made in the bureau's days {@code from} to {@code to}, both included. */
	Page between(LocalDate from, LocalDate to, int page, int size) {
		Timestamp start = Timestamp.from(startOf(from));
		Timestamp end = Timestamp.from(startOf(to.plusDays(1)));
		long total = jdbc.sql("SELECT COUNT(*) FROM sharing_fetch WHERE fetched_at >= ? AND fetched_at < ?")
			.params(start, end)
			.query(Long.class)
			.single();
		List<Entry> entries = jdbc.sql("""
				SELECT id, fetched_at, user_id, path, query, record_count FROM sharing_fetch
				WHERE fetched_at >= ? AND fetched_at < ? ORDER BY fetched_at, id
				OFFSET %d ROWS FETCH FIRST %d ROWS ONLY""".formatted((long) page * size, size))
			.params(start, end)
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)
				.atZoneSameInstant(clock.getZone())
				.toOffsetDateTime(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
			.list();
		return new Page(from, to, page, size, total, entries);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toInstant();
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}

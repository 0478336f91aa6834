package cn.eco.enforcement.casework.internal;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrators' record changes through the engine API, with their reasons (admin_engine_action). */
class AdminActions {

	private static final Logger log = LoggerFactory.getLogger(AdminActions.class);

	private final JdbcClient jdbc;

	AdminActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String userId, String method, String path, String reason) {
		jdbc.sql("INSERT INTO admin_engine_action (acted_at, user_id, method, path, reason) VALUES (?, ?, ?, ?, ?)")
			.params(OffsetDateTime.now(), userId, method, path.length() > 1000 ? path.substring(0, 1000) : path,
					reason.length() > 1000 ? reason.substring(0, 1000) : reason)
			.update();
		log.warn("管理员 {} 通过引擎接口 {} {}，理由：{}", userId, method, path, reason);
	}

}

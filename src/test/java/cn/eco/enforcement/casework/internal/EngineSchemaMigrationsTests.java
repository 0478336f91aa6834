package cn.eco.enforcement.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eco.enforcement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Our indexes on the engine's tables exist once the application has started, each from its migration. */
@IntegrationTest
class EngineSchemaMigrationsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void engineTableIndexesAreInPlaceAndRecordedInTheirOwnHistory() {
		assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE indexname IN ('act_idx_task_parent_task', 'stats_hi_task_end')")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("act_idx_task_parent_task", "stats_hi_task_end");
		assertThat(jdbc.sql("SELECT version FROM flyway_engine_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
			.query(String.class)
			.list()).contains("61", "62");
	}

}

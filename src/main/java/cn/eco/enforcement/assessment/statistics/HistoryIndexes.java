package cn.eco.enforcement.assessment.statistics;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds the index the monthly table reads the engine's task history through. Not a Flyway migration:
 * Flyway runs before the engine creates its tables on a fresh database. Idempotent, so it runs on
 * every start; taking the process engine as a dependency makes it run after the schema exists.
 */
@Component
class HistoryIndexes implements InitializingBean {

	/** Completed tasks by end time, with what the table groups and filters them by. */
	static final String TASKS_BY_END_TIME = """
			CREATE INDEX IF NOT EXISTS stats_hi_task_end ON ACT_HI_TASKINST
			    (END_TIME_, PROC_DEF_KEY_, TASK_DEF_KEY_, ASSIGNEE_, PROC_INST_ID_)""";

	private static final Logger log = LoggerFactory.getLogger(HistoryIndexes.class);

	private final JdbcClient jdbc;

	HistoryIndexes(JdbcClient jdbc, ProcessEngine engine) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		jdbc.sql(TASKS_BY_END_TIME).update();
		log.debug("Task-history index for the monthly statistics is in place");
	}

}

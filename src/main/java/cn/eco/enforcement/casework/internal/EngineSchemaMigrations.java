package cn.eco.enforcement.casework.internal;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Our additions to the engine's own tables (indexes the stock schema lacks), in
 * {@code db/engine}. They cannot be ordinary migrations: Flyway runs before the engine creates
 * its tables. So a second Flyway history ({@code flyway_engine_history}) runs them once the engine
 * is built; Flyway's lock keeps two nodes starting together from running them twice.
 */
@Component
class EngineSchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(EngineSchemaMigrations.class);

	EngineSchemaMigrations(ProcessEngine engine, DataSource dataSource) {
		var result = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/engine")
			.table("flyway_engine_history")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
		if (result.migrationsExecuted > 0) {
			log.info("Engine schema additions applied for {}: {}", engine.getName(), result.migrationsExecuted);
		}
	}

}

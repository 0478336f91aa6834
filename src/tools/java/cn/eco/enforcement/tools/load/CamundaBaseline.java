package cn.eco.enforcement.tools.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Bare Camunda as the yardstick: an in-process engine (no Spring, no HTTP, no rules) in a scratch
 * database on the platform's PostgreSQL server, starting a process that waits in one user task,
 * from several threads. Engine settings the platform also uses: history {@code full}, UUID ids.
 */
final class CamundaBaseline {

	private CamundaBaseline() {
	}

	static Measured run(LoadOptions options) throws SQLException, InterruptedException {
		String scratch = "intake_load_baseline_" + System.currentTimeMillis() / 1000;
		execute(options, "CREATE DATABASE " + scratch);
		try {
			ProcessEngine engine = engine(options, withDatabase(options.jdbcUrl(), scratch));
			try {
				engine.getRepositoryService().createDeployment().addModelInstance("baseline.bpmn", Bpmn.createExecutableProcess("baseline")
					.camundaHistoryTimeToLive(1).startEvent().userTask("Task_Baseline").camundaAssignee("demo").endEvent().done())
					.deploy();
				return IntakeLoad.closedLoop(options.threads(), options.saturationSeconds(), counted -> {
					engine.getRuntimeService().startProcessInstanceByKey("baseline");
					return true;
				});
			}
			finally {
				engine.close();
			}
		}
		finally {
			execute(options, "DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
		}
	}

	private static ProcessEngine engine(LoadOptions options, String url) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(url)
			.setJdbcDriver("org.postgresql.Driver")
			.setJdbcUsername(options.jdbcUser())
			.setJdbcPassword(options.jdbcPassword())
			.setJdbcMaxActiveConnections(options.threads() + 2)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false)
			.setProcessEngineName("intake-load-baseline");
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setMetricsEnabled(false);
		return configuration.buildProcessEngine();
	}

	/** The same server and parameters, another database. */
	static String withDatabase(String jdbcUrl, String database) {
		int slash = jdbcUrl.lastIndexOf('/');
		int query = jdbcUrl.indexOf('?', slash);
		return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
	}

	private static void execute(LoadOptions options, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword())) {
			connection.createStatement().execute(sql);
		}
	}

}
